import ActorModel

extension DiagramViews {
    /// The relation types in `options.relations` only, and the actors they tie (isolates left out); the
    /// legend lists those types alone.
    ///
    /// - Throws: ``DiagramError/invalidView(_:)`` without relation types;
    ///   ``DiagramError/unknownRelationType(_:suggestion:)``.
    public static func layer(_ map: StakeholderMap, options: DiagramOptions) throws -> ViewDiagram {
        guard let relations = options.relations, !relations.isEmpty else {
            throw DiagramError.invalidView("--view layer needs --relations TYPES (e.g. --relations trust)")
        }
        let types = try DOTWriter(options: options).chosenTypes(in: map)
        var o = options
        o.showIsolates = false
        var shown = map
        shown.name = "\(map.name) — layer: " + types.map(\.name).joined(separator: ", ")
        return ViewDiagram(map: shown, options: o)
    }
}
