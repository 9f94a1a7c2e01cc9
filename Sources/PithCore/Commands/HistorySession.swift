import Foundation
import PithStore

/// `pith diff`, `pith history`, `pith show` and `pith gc`: commands over an existing store.
public struct HistorySession {
    public var context: StoreContext

    public init(context: StoreContext) {
        self.context = context
    }

    /// Runs `body` with the store (and the jobs file, when there is one), mapping failures to
    /// messages and exit codes. The store is never created here.
    public func run(log: @Sendable (String) -> Void, _ body: (HistoryStore, JobsFile?, RunClock) throws -> String) -> CommandOutcome {
        let file: JobsFile?
        let clock: RunClock
        do {
            clock = try RunClock.fromEnvironment(context.environment)
            file = try context.loadJobs(required: false)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        }
        let path = context.store(settings: file?.settings)
        guard FileManager.default.fileExists(atPath: path) else {
            log("pith: no history yet: the store \(path) does not exist (pith run creates it)")
            return CommandOutcome(exitCode: 1)
        }
        do {
            let store = try HistoryStore.open(at: path, create: false, writerVersion: PithVersion.tool)
            return CommandOutcome(output: try body(store, file, clock))
        } catch let error as HistoryError {
            log("pith: \(error)")
            if case .badRevision = error { return CommandOutcome(exitCode: CommandOutcome.usageExitCode) }
            return CommandOutcome(exitCode: 1)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: 1)
        }
    }

    /// `pith gc --keep N`: takes the run lock, so it never runs during a `pith run`.
    public func collectGarbage(keep: Int, log: @Sendable (String) -> Void) -> CommandOutcome {
        run(log: log) { store, _, _ in
            guard let lock = try RunLock.acquire(forStore: store.path) else {
                return "a pith run is using \(store.path); try again when it is done\n"
            }
            defer { withExtendedLifetime(lock) {} }
            let summary = try store.collectGarbage(keep: keep)
            return "removed \(summary.snapshotsRemoved) snapshots, \(summary.checksRemoved) checks and \(summary.eventsRemoved) events; "
                + "\(summary.bytesBefore / 1024) KB → \(summary.bytesAfter / 1024) KB\n"
        }
    }
}
