import Foundation
import Testing

/// Option values that cannot mean anything are usage errors (exit 64) that say the accepted range.
@Suite("Options: meaningless values and ranges are usage errors")
struct OptionValidationTests {
    @Test(arguments: [
        ["analyze", "models/gahuku-gama.yaml", "--beta", "nan"],
        ["analyze", "models/gahuku-gama.yaml", "--katz-alpha", "inf"],
        ["analyze", "models/gahuku-gama.yaml", "--relations", ","],
        ["render", "models/gahuku-gama.yaml", "--relations", ","],
        ["render", "models/gahuku-gama.yaml", "-o", ""],
    ])
    func meaninglessOptionsAreUsageErrors(arguments: [String]) throws {
        let r = try runActormap(arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test(
        arguments: [
            (["analyze", "models/gahuku-gama.yaml", "--threads", "-1"], "--threads must be at least 1"),
            (["screen", "models/gahuku-gama.yaml", "--samples", "-1"], "--samples must be between 0 and 100000"),
            (["render", "models/gahuku-gama.yaml", "--dpi", "-5"], "--dpi must be between 72 and 600"),
        ] as [([String], String)])
    func negativeNumbersGetTheRangeMessage(arguments: [String], expected: String) throws {
        let r = try runActormap(arguments)
        #expect(r.status == 64 && r.stderr.contains(expected), "\(r.stderr)")
    }

    @Test func noSubcommandIsAUsageError() throws {
        let r = try runActormap([])
        #expect(r.status == 64 && r.stdout.isEmpty && r.stderr.contains("USAGE: actormap <subcommand>"))
        #expect(try runActormap(["--help"]).status == 0)
    }
}
