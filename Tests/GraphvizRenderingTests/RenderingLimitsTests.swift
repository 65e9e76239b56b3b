import Testing

@testable import GraphvizRendering

/// RenderingLimits.swift: when to switch layout engine or refuse a map.
@Suite("Rendering limits")
struct RenderingLimitsTests {
    @Test func smallMapsKeepTheirLayout() {
        #expect(RenderingLimits.decide(nodes: 36, edges: 130, requested: .dot) == .draw(.dot, message: nil))
    }

    @Test func largeMapsSwitchToSfdpWithAMessage() {
        guard case .draw(let engine, let message?) = RenderingLimits.decide(nodes: 5_000, edges: 9_000, requested: .dot)
        else {
            Issue.record("expected a switch")
            return
        }
        #expect(engine == .sfdp && message.contains("using sfdp instead"))
        guard case .draw(.sfdp, _) = RenderingLimits.decide(nodes: 4_000, edges: 5_000, requested: .neato) else {
            Issue.record("expected a switch")
            return
        }
    }

    @Test func hugeMapsAreRefused() {
        guard case .refuse(let message) = RenderingLimits.decide(nodes: 60_000, edges: 100_000, requested: .sfdp) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(message.contains("--relations"))
    }
}
