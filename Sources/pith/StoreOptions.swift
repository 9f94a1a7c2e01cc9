import ArgumentParser
import Foundation
import PithCore
import PithStore

/// `--config` and `--store`, shared by the history commands.
struct StoreOptions: ParsableArguments {
    /// `--config`'s help, shared with `pith scrape`.
    static let configHelp = "The jobs file (default: $PITH_CONFIG, else $XDG_CONFIG_HOME/pith/jobs.yaml, else ~/.config/pith/jobs.yaml)."

    @Option(name: .long, help: ArgumentHelp(StoreOptions.configHelp))
    var config: String?

    @Option(name: .long, help: "The history store (default: $PITH_STORE, the jobs file's settings.store, else $XDG_DATA_HOME/pith/pith.sqlite).")
    var store: String?

    var context: StoreContext {
        StoreContext(configPath: config, storePath: store, environment: ProcessInfo.processInfo.environment)
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Colour on a terminal with `auto`, never with `NO_COLOR` set (unless `always`).
    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}

extension CommandOutcome {
    /// Prints the output and ends with the outcome's exit status.
    func finish() throws {
        if !output.isEmpty { Console.output(output) }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}

/// Stderr lines from library code.
let logToStderr: @Sendable (String) -> Void = { Console.error($0) }
