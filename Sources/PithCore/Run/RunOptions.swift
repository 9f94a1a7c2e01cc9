/// What `pith run` was asked to do.
public struct RunOptions: Sendable, Equatable {
    /// Check every enabled job, ignoring schedules (`--all`).
    public var all: Bool
    /// Check only this job, by name or URL, whatever its schedule (`--job`).
    public var jobName: String?
    /// Only say what would be checked (`--dry-run`).
    public var dryRun: Bool
    /// Stop cleanly after this long; unfinished jobs stay due (`--max-runtime`).
    public var maxRuntime: Duration?
    /// How long an `on_change` command may run.
    public var commandTimeout: Duration

    public init(all: Bool = false, jobName: String? = nil, dryRun: Bool = false, maxRuntime: Duration? = nil, commandTimeout: Duration = .seconds(60)) {
        self.all = all
        self.jobName = jobName
        self.dryRun = dryRun
        self.maxRuntime = maxRuntime
        self.commandTimeout = commandTimeout
    }
}

/// Why a run could not start; the command maps these to exit code 64.
public enum RunUsageError: Error, Equatable, CustomStringConvertible {
    case unknownJob(String, file: String)

    public var description: String {
        switch self {
        case let .unknownJob(name, file): "no job named \"\(name)\" in \(file) (see pith jobs list)"
        }
    }
}
