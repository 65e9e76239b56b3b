/// Reads an ACLED-style event table (CSV with `actor1`, `actor2`, `inter1`, `inter2`, `event_type`,
/// `event_date`; other columns are ignored) into a map of actors and their violent interactions.
///
/// Conventions (README, "ACLED event tables"):
/// - Actors: every `actor1`/`actor2` named by an event in the window, once; the id is the name made an id.
///   The sector comes from the actor's first inter code: 1 state forces → `state`; 2 rebel groups, 3
///   political militias, 4 identity militias → `non-state-armed`; 5 rioters, 7 civilians → `community`;
///   6 protesters → `civil-society`; 8 external/other forces → `international`. A later different code is
///   reported. The code and the number of events are kept as the attributes `acled_inter` and
///   `acled_events`.
/// - Ties: the event types Battles, Violence against civilians, Explosions/Remote violence and Riots between
///   two different actors become one undirected `competition` tie per pair, weighted by the number of
///   events n on the model's 1 … 5 scale: `min(5, 1 + ⌊log₂ n⌋)` (1 event → 1, 2–3 → 2, 4–7 → 3,
///   8–15 → 4, 16 or more → 5). The tie's `date` is the last event's, its note gives the exact count by
///   event type and the first and last dates.
/// - `event_date`: `YYYY-MM-DD` or ACLED's older `DD Month YYYY`; `since`/`until` (inclusive, YYYY-MM-DD)
///   keep only the events in that window.
/// Complexity: O(rows + pairs · log pairs).
struct ACLEDReader {
    let path: String
    let mapping: TypeMapping
    let since: String?
    let until: String?
    private(set) var builder: ModelBuilder

    init(path: String, defaultName: String, mapping: TypeMapping, since: String? = nil, until: String? = nil) {
        self.path = path
        self.mapping = mapping
        self.since = since
        self.until = until
        builder = ModelBuilder(name: defaultName)
    }

    static let requiredColumns = ["actor1", "actor2", "inter1", "inter2", "event_type", "event_date"]
    static let violentEventTypes = ["battles", "violence against civilians", "explosions/remote violence", "riots"]

    /// The sector of an ACLED inter code, with the code's meaning.
    static func sector(forInter code: Int) -> (Sector, String)? {
        switch code {
        case 1: return (.state, "state forces")
        case 2: return (.nonStateArmed, "rebel groups")
        case 3: return (.nonStateArmed, "political militias")
        case 4: return (.nonStateArmed, "identity militias")
        case 5: return (.community, "rioters")
        case 6: return (.civilSociety, "protesters")
        case 7: return (.community, "civilians")
        case 8: return (.international, "external/other forces")
        default: return nil
        }
    }

    /// The tie weight for `events` violent events: `min(5, 1 + ⌊log₂ events⌋)`.
    static func weight(forEvents events: Int) -> Double {
        guard events > 0 else { return 1 }
        let log2 = Int.bitWidth - 1 - events.leadingZeroBitCount
        return Double(min(5, 1 + log2))
    }

    /// Whether a CSV text's header has ACLED's `actor1` and `actor2` columns.
    static func isEventTable(_ text: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard let header = try? CSVTable(parsing: String(firstLine)).rows.first else { return false }
        let names = Set(header.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() })
        return names.contains("actor1") && names.contains("actor2")
    }

    /// `YYYY-MM-DD` for ACLED's date forms (`2020-01-31`, `31 January 2020`), or `nil`.
    static func isoDate(_ text: String) -> String? {
        if YAMLNodeReader.isValidDate(text) { return text }
        let parts = text.split(separator: " ")
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        guard parts.count == 3, let d = Int(parts[0]), let m = months.firstIndex(of: parts[1].lowercased()),
            parts[2].count == 4, Int(parts[2]) != nil
        else { return nil }
        let iso = "\(parts[2])-" + String(format2: m + 1) + "-" + String(format2: d)
        return YAMLNodeReader.isValidDate(iso) ? iso : nil
    }

    mutating func read(_ text: String) -> StakeholderMap? {
        guard
            let sheet = CSVSheet(
                text, path: path,
                what: "an ACLED table has the columns " + Self.requiredColumns.joined(separator: ", "),
                log: builder.log)
        else { return nil }
        var columns: [String: Int] = [:]
        for name in Self.requiredColumns {
            guard let i = sheet.column(name) else {
                builder.log.error(
                    "the event table has no '\(name)' column; an ACLED table has "
                        + Self.requiredColumns.joined(separator: ", ")
                        + NearMiss.hint(for: name, among: sheet.names), at: sheet.location(of: sheet.header[0]))
                return nil
            }
            columns[name] = i
        }
        struct ActorInfo {
            var name: Located<String>
            var inter: Int?
            var events = 0
        }
        struct Pair {
            var first: SourceLocation
            var ends: (Located<String>, Located<String>)
            var byType: [String: Int] = [:]
            var count = 0
            var firstDate = ""
            var lastDate = ""
        }
        var actors: [String: ActorInfo] = [:]
        var actorOrder: [String] = []
        var pairs: [String: Pair] = [:]
        var pairOrder: [String] = []
        var conflicting = Set<String>()
        var selfEvents = 0
        var outside = 0
        for row in sheet.rows.dropFirst() {
            let rowLocation = sheet.location(of: row[0])
            guard let dateText = sheet.value(row, columns["event_date"]) else {
                builder.log.error("this event has no 'event_date'", at: rowLocation)
                continue
            }
            guard let date = Self.isoDate(dateText.value) else {
                builder.log.error(
                    "'event_date' must be YYYY-MM-DD or 'DD Month YYYY', found '\(dateText.value)'",
                    at: dateText.location)
                continue
            }
            if let since, date < since {
                outside += 1
                continue
            }
            if let until, date > until {
                outside += 1
                continue
            }
            var ends: [Located<String>] = []
            for k in ["1", "2"] {
                guard let name = sheet.value(row, columns["actor" + k]) else { continue }
                var inter: Int?
                if let code = sheet.value(row, columns["inter" + k]) {
                    if let c = Int(code.value), Self.sector(forInter: c) != nil || c == 0 {
                        inter = c == 0 ? nil : c
                    } else {
                        builder.log.error(
                            "'inter\(k)' must be an ACLED inter code 0 … 8, found '\(code.value)'", at: code.location)
                    }
                }
                if actors[name.value] == nil {
                    actors[name.value] = ActorInfo(name: name, inter: inter)
                    actorOrder.append(name.value)
                } else if let inter {
                    if actors[name.value]!.inter == nil {
                        actors[name.value]!.inter = inter
                    } else if actors[name.value]!.inter != inter, conflicting.insert(name.value).inserted {
                        builder.log.warning(
                            "'\(name.value)' has the inter code \(inter) here and \(actors[name.value]!.inter!) "
                                + "before; the first is kept", at: name.location)
                    }
                }
                actors[name.value]!.events += 1
                ends.append(name)
            }
            guard ends.count == 2, let type = sheet.value(row, columns["event_type"]),
                Self.violentEventTypes.contains(type.value.lowercased())
            else { continue }
            guard ends[0].value != ends[1].value else {
                selfEvents += 1
                continue
            }
            let sorted = ends[0].value < ends[1].value ? (ends[0], ends[1]) : (ends[1], ends[0])
            let key = sorted.0.value + "\u{0}" + sorted.1.value
            if pairs[key] == nil {
                pairs[key] = Pair(first: rowLocation, ends: sorted, firstDate: date, lastDate: date)
                pairOrder.append(key)
            }
            pairs[key]!.count += 1
            pairs[key]!.byType[type.value, default: 0] += 1
            pairs[key]!.firstDate = min(pairs[key]!.firstDate, date)
            pairs[key]!.lastDate = max(pairs[key]!.lastDate, date)
        }
        if selfEvents > 0 {
            builder.log.warning(
                "\(selfEvents) violent event\(selfEvents == 1 ? "" : "s") between an actor and itself (infighting "
                    + "within one named actor) make no tie", at: sheet.location(of: sheet.header[0]))
        }
        if outside > 0 && actorOrder.isEmpty {
            builder.log.warning(
                "no event falls in the window; \(outside) left out", at: sheet.location(of: sheet.header[0]))
        }
        var network = ForeignNetwork(format: "ACLED")
        network.directedByDefault = false
        for name in actorOrder {
            guard let info = actors[name] else { continue }
            var e = ForeignNetwork.Element(location: info.name.location)
            e.label = info.name
            if let code = info.inter, let (sector, meaning) = Self.sector(forInter: code) {
                e.type = Located(sector.rawValue, at: info.name.location)
                e.attributes.append(("acled_inter", "\(code) (\(meaning))"))
            }
            e.attributes.append(("acled_events", String(info.events)))
            network.elements.append(e)
        }
        for key in pairOrder {
            guard let p = pairs[key] else { continue }
            var c = ForeignNetwork.Connection(from: p.ends.0, to: p.ends.1, location: p.first)
            c.type = Located(BuiltInRelation.competition.rawValue, at: p.first)
            c.strength = Located(Self.weight(forEvents: p.count), at: p.first)
            c.date = p.lastDate
            let types = p.byType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            c.description =
                "ACLED: \(p.count) violent event\(p.count == 1 ? "" : "s") (\(types)), "
                + "first \(p.firstDate), last \(p.lastDate)"
            network.connections.append(c)
        }
        builder.addForeignNetwork(network, mapping: mapping)
        return builder.finish()
    }
}

extension String {
    /// A number with at least two digits (`7` → `07`).
    fileprivate init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
