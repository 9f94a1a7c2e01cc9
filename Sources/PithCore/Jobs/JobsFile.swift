/// A loaded jobs file: its settings and jobs, in file order.
public struct JobsFile: Sendable, Equatable {
    /// The three shapes a jobs file can take.
    public enum Format: String, Sendable, Equatable {
        /// Pith's own: `settings:`, `defaults:`, `jobs:`.
        case pith
        /// urlwatch's `urls.yaml`: a stream of job documents separated by `---`.
        case urlwatch
        /// One URL per line; `#` comments and blank lines allowed.
        case urlList
    }

    /// The file it was read from.
    public var path: String
    public var format: Format
    public var settings: JobsSettings
    public var jobs: [Job]
    /// Things accepted but not used (urlwatch keys Pith has no use for), for `--verbose`.
    public var warnings: [String]

    public init(path: String, format: Format, settings: JobsSettings = JobsSettings(), jobs: [Job], warnings: [String] = []) {
        self.path = path
        self.format = format
        self.settings = settings
        self.jobs = jobs
        self.warnings = warnings
    }

    /// The job with this name, or else the first with this URL.
    public func job(named nameOrURL: String) -> Job? {
        jobs.first { $0.name == nameOrURL } ?? jobs.first { $0.url == nameOrURL }
    }
}
