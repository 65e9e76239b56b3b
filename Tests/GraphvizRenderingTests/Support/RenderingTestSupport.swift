import ActorModel
import Foundation
import Testing

@testable import GraphvizRendering

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every model shipped in `models/`.
func shippedModels() -> [String] {
    let dir = packageRoot.appendingPathComponent("models")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return files.filter { ModelLoader.modelExtensions.contains(($0 as NSString).pathExtension) }.sorted()
        .map { dir.appendingPathComponent($0).path }
}

/// Six actors of every kind of sector and level (one sensitive, one isolate), every kind of tie, Arabic
/// text and quotes in names.
let smallModel = """
    actormap: 1
    name: Small "quoted" map
    date: 2026-03-01
    relation_types:
      marriage: {directed: false, polarity: positive}
      feud: {directed: false, polarity: negative}
    actors:
      - {id: chief, name: Paramount Chief (North), sector: customary, level: district}
      - {id: police, name: District Police, sector: state, level: district}
      - {id: women, name: "Women's Association (الشيخ إدريس)", sector: community, level: community}
      - {id: armed, name: Night Watch Militia, sector: non-state-armed, level: community, sensitive: true}
      - {id: ministry, name: Ministry, sector: state, level: national}
      - {id: loner, name: Loner}
    relations:
      - {type: trust, from: women, to: police, weight: -2}
      - {type: trust, between: [chief, police], weight: 1}
      - {type: power, from: ministry, to: police, weight: 5}
      - {type: competition, between: [chief, armed], weight: 5}
      - {type: marriage, between: [chief, women]}
      - {type: feud, between: [women, armed], weight: 2}
    """

/// `smallModel` parsed (it is valid).
func smallMap() throws -> StakeholderMap {
    try #require(ModelLoader.parse(text: smallModel, path: "small.yaml").validMap)
}

/// The lines of DOT text that contain `needle`.
func dotLines(_ dot: String, containing needle: String) -> [String] {
    dot.split(separator: "\n").map(String.init).filter { $0.contains(needle) }
}

/// Width in pixels from a PNG's IHDR chunk.
func pngWidth(_ png: Data) -> Int {
    let b = [UInt8](png)
    return Int(b[16]) << 24 | Int(b[17]) << 16 | Int(b[18]) << 8 | Int(b[19])
}

/// Height in pixels from a PNG's IHDR chunk.
func pngHeight(_ png: Data) -> Int {
    let b = [UInt8](png)
    return Int(b[20]) << 24 | Int(b[21]) << 16 | Int(b[22]) << 8 | Int(b[23])
}
