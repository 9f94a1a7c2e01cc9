/// What a run did: the events it reported, and anything else that went wrong.
public struct RunResult: Sendable {
    /// Reported events, in the order the jobs finished.
    public var events: [RunEvent] = []
    /// Names of the jobs checked.
    public var checked: [String] = []
    /// Jobs that were due but not checked because `--max-runtime` ran out.
    public var unfinished: [String] = []
    /// With `--dry-run`: the jobs that would be checked.
    public var wouldCheck: [Job] = []
    /// Problems outside any job's check (a store write that failed, a delivery given up on).
    public var problems: [String] = []

    public init() {}

    /// 1 when an error was reported in this run, else 0.
    public var exitCode: Int32 {
        events.contains { $0.kind == .error } || !problems.isEmpty ? 1 : 0
    }
}
