import Foundation
import PithExtract

/// The user's rules file: where it is, and reading it into ``RuleOverrides``.
///
/// `--rules FILE` names it explicitly, and then it must exist. Otherwise Pith looks for
/// `$XDG_CONFIG_HOME/pith/rules.yaml`, then `~/.config/pith/rules.yaml`, and uses the first
/// that exists; having neither is fine and means no overrides. The schema is documented by
/// `Config/rules.example.yaml`.
public enum RulesFile {
    /// Ids of the built-in rules: what `disable:` may name and `add:` may not reuse.
    public static var builtInRuleIDs: Set<String> { Set(BoilerplateRules.builtIn.map(\.id)) }

    /// The default locations, most preferred first: `$XDG_CONFIG_HOME/pith/rules.yaml` when
    /// that variable holds an absolute path (as the XDG spec requires), then
    /// `$HOME/.config/pith/rules.yaml`.
    public static func defaultPaths(environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            paths.append(joined(config, "pith/rules.yaml"))
        }
        if let home = environment["HOME"], !home.isEmpty {
            let path = joined(home, ".config/pith/rules.yaml")
            if !paths.contains(path) { paths.append(path) }
        }
        return paths
    }

    /// The file to read: the explicit one, or the first default location that exists; nil
    /// when there is no explicit file and no default one.
    public static func locate(explicitPath: String?, environment: [String: String]) -> String? {
        if let explicitPath { return explicitPath }
        return defaultPaths(environment: environment).first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The overrides in effect: from `explicitPath` (which must exist), else from the first
    /// default location that exists, else none.
    public static func load(
        explicitPath: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        builtInRuleIDs: Set<String> = RulesFile.builtInRuleIDs
    ) throws(RulesFileError) -> RuleOverrides {
        guard let path = locate(explicitPath: explicitPath, environment: environment) else { return .none }
        return try load(path: path, builtInRuleIDs: builtInRuleIDs)
    }

    /// Reads one rules file.
    public static func load(path: String, builtInRuleIDs: Set<String> = RulesFile.builtInRuleIDs) throws(RulesFileError) -> RuleOverrides {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: path) }
        guard !isFolder.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path, reason: "not UTF-8 text") }
        return try parse(text, file: path, builtInRuleIDs: builtInRuleIDs)
    }

    /// Reads rules from YAML text; `file` names it in errors.
    public static func parse(
        _ yaml: String, file: String, builtInRuleIDs: Set<String> = RulesFile.builtInRuleIDs
    ) throws(RulesFileError) -> RuleOverrides {
        try RulesFileReader(file: file, builtInIDs: builtInRuleIDs).read(yaml)
    }

    private static func joined(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
