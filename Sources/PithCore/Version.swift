/// Pith's version.
public enum PithVersion {
    /// The tool's version, reported by `pith --version` and in the User-Agent.
    public static let tool = "0.1.0"
}
