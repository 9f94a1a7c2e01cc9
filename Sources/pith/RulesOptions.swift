import ArgumentParser
import Foundation
import PithCore
import PithExtract

/// `--rules FILE`, shared by the commands that extract.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A rules file (default: $XDG_CONFIG_HOME/pith/rules.yaml, else ~/.config/pith/rules.yaml, when present).",
        valueName: "file"))
    var rules: String?

    /// The overrides in effect; a broken or missing explicit file is a usage error (exit 64).
    func load() throws -> RuleOverrides {
        do {
            return try RulesFile.load(explicitPath: rules)
        } catch {
            Console.error("pith: \(error)")
            throw ExitCode(64)
        }
    }
}
