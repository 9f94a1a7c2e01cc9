import ArgumentParser
import PithCore
import PithExtract

/// `pith rules`: the effective boilerplate rules, built-in and the user's.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the effective boilerplate rules: the built-in tables with your rules file applied.",
        discussion: """
            One rule per line: id, category, what it matches, and why (tab-separated). Site rules \
            follow, one host per line. Copy Config/rules.example.yaml to ~/.config/pith/rules.yaml \
            to disable rules, add your own, or give per-site selectors.
            """
    )

    @OptionGroup var rulesOptions: RulesOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: RulesListing.Format = .text

    func run() throws {
        let overrides = try rulesOptions.load()
        Console.output(RulesListing(overrides: overrides).render(format))
    }
}

extension RulesListing.Format: ExpressibleByArgument {}
