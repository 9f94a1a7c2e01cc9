import Foundation

/// Where the jobs file and the history store live when the command line does not say.
///
/// Cron's environment is bare (no `XDG_*` variables), so every lookup falls back to the home
/// folder as the XDG base directory specification says.
public struct Locations: Sendable {
    public let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The home folder: `$HOME`, else the account's.
    public var home: String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// `--config FILE`, else `$PITH_CONFIG`, else `$XDG_CONFIG_HOME/pith/jobs.yaml`, else
    /// `~/.config/pith/jobs.yaml`.
    public func jobsFile(explicit: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let configured = environment["PITH_CONFIG"], !configured.isEmpty { return configured }
        return base("XDG_CONFIG_HOME", fallback: ".config") + "/pith/jobs.yaml"
    }

    /// `--store FILE`, else `$PITH_STORE`, else the jobs file's `settings.store`, else
    /// `$XDG_DATA_HOME/pith/pith.sqlite`, else `~/.local/share/pith/pith.sqlite`.
    public func store(explicit: String? = nil, settings: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let configured = environment["PITH_STORE"], !configured.isEmpty { return configured }
        if let settings { return settings }
        return base("XDG_DATA_HOME", fallback: ".local/share") + "/pith/pith.sqlite"
    }

    /// An XDG base folder: the variable when it holds an absolute path (the spec says to
    /// ignore relative ones), else the fallback under home.
    private func base(_ variable: String, fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }
}
