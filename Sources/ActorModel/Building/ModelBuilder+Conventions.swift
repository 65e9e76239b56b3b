extension ModelBuilder {
    /// What differs between the file formats, and only that: how actors and types come into a map, and
    /// two matters of wording that are kept as each reader had them (so outputs stay as they were).
    struct Conventions: Sendable {
        /// How actors and relation types are declared.
        var declarations: Declarations
        /// How the duplicate-tie warning names the tie (the tie it matches is the same for every format).
        var tieWording: TieWording
        /// Whether reaching the error cap is said with a note.
        var notesTheErrorCap: Bool

        /// Model files (YAML, JSON): everything declared, undirected ends sorted, the cap noted.
        static let modelFile = Conventions(declarations: .explicit, tieWording: .sortedEnds, notesTheErrorCap: true)

        /// A scenario checked without its map: ties may name any actor and type, as in an edge list (a
        /// custom type counts as directed, so two opposite ties are never taken for duplicates); otherwise
        /// worded as a model file.
        static let scenarioWithoutMap = Conventions(
            declarations: .byTies(directed: true), tieWording: .sortedEnds, notesTheErrorCap: true)

        /// Edge lists: ties declare actors and types; ends as written; the cap not noted.
        static func edgeList(directed: Bool) -> Conventions {
            Conventions(declarations: .byTies(directed: directed), tieWording: .asWritten, notesTheErrorCap: false)
        }
    }

    /// How actors and relation types come into a map.
    enum Declarations: Sendable, Equatable {
        /// Every actor and custom type is declared before a tie names it; a tie naming anything else is
        /// an error ("unknown actor", "unknown relation type").
        case explicit
        /// A tie declares its ends (in order of first appearance; any non-empty text is an id) and its
        /// type (a built-in keeps its meaning; another name is a custom type, directed when `directed`,
        /// signed when one of its weights is negative, and whose weights are not checked).
        case byTies(directed: Bool)
    }

    /// How a duplicate-tie warning names the tie.
    enum TieWording: Sendable, Equatable {
        /// The type always named; an undirected tie's ends in sorted order; the source, when given.
        case sortedEnds
        /// The ends as written; the type named unless it is `tie` (an edge list's default type).
        case asWritten
    }
}
