/// The diagnostics of one input file, as a reader and a ``ModelBuilder`` find them, with a cap so that a
/// broken or hostile file cannot flood the terminal.
///
/// Rules:
/// - Errors stop being recorded once `limit` have been (later ones are dropped, in the order they are
///   found). When ``notesTheCap`` is set, the error that reaches the limit is followed by the note
///   "too many errors; stopping after N" at its position.
/// - Warnings stop being recorded once `limit` have been (``alwaysWarn(_:at:notes:)`` records past it).
///
/// One log is shared by a reader and its builder (a class, not a value), so the cap counts the syntax
/// problems the reader finds and the rule violations the builder finds together.
final class DiagnosticLog {
    /// Everything recorded, in the order found (``ModelLoader`` sorts by position afterwards).
    private(set) var diagnostics: [Diagnostic] = []
    /// How many errors, and how many warnings, are recorded at most.
    let limit: Int
    /// Whether reaching the error limit is said with a note.
    let notesTheCap: Bool
    /// Errors and warnings recorded so far (counted as they come: a large broken file must not be
    /// re-counted at every row).
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    /// Whether nothing more can be recorded but header warnings: both limits reached. A reader may stop
    /// there; what it would find next could not be reported.
    var isFull: Bool { errorCount >= limit && warningCount >= limit }

    init(limit: Int, notesTheCap: Bool) {
        self.limit = limit
        self.notesTheCap = notesTheCap
    }

    /// Records an error, unless `limit` errors are recorded already.
    func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        guard errorCount < limit else { return }
        diagnostics.append(.error(message, at: location, notes: notes))
        errorCount += 1
        if notesTheCap && errorCount == limit {
            diagnostics.append(.note("too many errors; stopping after \(limit)", at: location))
        }
    }

    /// Records a warning, unless `limit` warnings are recorded already.
    func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        guard warningCount < limit else { return }
        diagnostics.append(.warning(message, at: location, notes: notes))
        warningCount += 1
    }

    /// Records a warning whatever the count (an edge list's header warnings, one per column).
    func alwaysWarn(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
        warningCount += 1
    }
}
