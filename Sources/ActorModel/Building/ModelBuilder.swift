/// Builds a ``StakeholderMap`` from what a reader found in a file, applying every rule of the model once,
/// whatever the file's format.
///
/// A reader only turns its syntax into calls: it reports shape problems itself (through the shared
/// ``log``) and hands the builder actors, relation types, relations, plans and settings, each value with
/// its ``SourceLocation`` (``Located``). The builder checks ids, duplicates, references, weights,
/// enumerations, plans and screening settings, keeps going after a problem so one run reports them all,
/// and records what redacted messages must not show (``withheld``, ``sourcesRead``).
///
/// Call order: scalars, levels and groups, then relation types, then actors, then relations, plans and
/// screening settings (each rule checks against what was declared before it). ``finish()`` gives the map.
struct ModelBuilder {
    /// Past this many errors (and as many warnings) no more are recorded: a broken file should not flood
    /// the terminal.
    static let maximumErrors = 200

    /// Every problem found, by the reader and the builder, in the order found.
    let log: DiagnosticLog
    /// How this builder's reader declares things and words some messages.
    let conventions: Conventions
    // The state below is set only by the builder's methods (its extensions live in other files, so it
    // cannot be `private(set)`); readers read it.

    /// The map so far.
    var map: StakeholderMap
    /// Raw ids and names of actors marked sensitive, or whose `sensitive` value could not be read, valid
    /// or not (see ``ModelLoader/Result/withheld``).
    var withheld: [String] = []
    /// Every tie source read, valid relation or not (so a redacted message can label it).
    var sourcesRead: [String] = []

    /// Where each accepted actor id is first defined.
    var actorLocations: [String: SourceLocation] = [:]
    /// Accepted actor ids, in order (the candidates of a near-miss hint), and as a set.
    var actorIDs: [String] = []
    var knownActors = Set<String>()
    /// The ties of the map's own relation list, for the duplicate-tie warning.
    var modelTies = TieIndex()
    /// Where each engagement plan name is first defined.
    var planLocations: [String: SourceLocation] = [:]
    /// Types named by ties (edge lists), in order of first use, and those with a negative weight.
    var tieTypes: [String] = []
    var negativeTieTypes = Set<String>()

    /// A builder for a new map named `name` (until the file names it).
    init(name: String, conventions: Conventions = .modelFile) {
        self.conventions = conventions
        self.log = DiagnosticLog(limit: Self.maximumErrors, notesTheCap: conventions.notesTheErrorCap)
        self.map = StakeholderMap(name: name)
    }

    /// A builder whose relations refer to the actors and types of `base` (a scenario's map).
    init(base: StakeholderMap, conventions: Conventions = .modelFile) {
        self.init(name: base.name, conventions: conventions)
        map = base
        actorIDs = base.actors.map(\.id)
        knownActors = Set(actorIDs)
    }

    /// Every problem found so far, in the order found.
    var diagnostics: [Diagnostic] { log.diagnostics }

    /// The map, with the types edge-list ties declared (directed when the conventions say so, signed when
    /// one of their weights is negative).
    func finish() -> StakeholderMap {
        var result = map
        if case .byTies(let directed) = conventions.declarations {
            result.relationTypes += tieTypes.map {
                RelationType(
                    name: $0, isDirected: directed,
                    polarity: negativeTieTypes.contains($0) ? .signed : .positive)
            }
        }
        return result
    }

    // MARK: - Scalars

    /// The map's name, description, citation and date (no rule beyond the reader's syntax).
    mutating func describe(name: String?, description: String?, source: String?, date: String?) {
        if let name { map.name = name }
        map.description = description
        map.source = source
        map.date = date
    }

    /// The levels, most local first. Rule: at least one (an empty list is reported at the list).
    mutating func setLevels(_ levels: Located<[String]>) {
        if levels.value.isEmpty {
            log.error("'levels' is empty; list at least one level, most local first", at: levels.location)
        } else {
            map.levels = levels.value
        }
    }

    /// The groups actors may represent; once declared, every group named must be one of them.
    mutating func setGroups(_ groups: [String]) {
        map.groups = groups
    }

    /// Reports `group` unless the map declares no groups or declares it.
    func checkGroup(_ group: Located<String>) {
        if let declared = map.groups, !declared.contains(group.value) {
            log.error(
                "group '\(group.value)' is not in the model's 'groups' list"
                    + NearMiss.hint(for: group.value, among: declared), at: group.location)
        }
    }
}
