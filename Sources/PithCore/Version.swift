import PithFetch

/// Pith's version.
public enum PithVersion {
    /// The tool's version, reported by `pith --version` and in the User-Agent. It is written
    /// once, in the fetch module (the lowest module that needs it, for the User-Agent).
    public static let tool = FetchConfiguration.version
}
