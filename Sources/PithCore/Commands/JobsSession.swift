import Foundation
import PithStore

/// `pith jobs list|add|remove|enable|disable`.
public struct JobsSession {
    public var context: StoreContext

    public init(context: StoreContext) {
        self.context = context
    }

    /// Every job with its schedule and next due time.
    public func list(format: HistoryFormat, log: @Sendable (String) -> Void) -> CommandOutcome {
        do {
            let clock = try RunClock.fromEnvironment(context.environment)
            guard let file = try context.loadJobs(required: true) else { return CommandOutcome() }
            let storePath = context.store(settings: file.settings)
            var lastChecked: [String: Date] = [:]
            if FileManager.default.fileExists(atPath: storePath) {
                lastChecked = try HistoryStore.open(at: storePath, create: false, writerVersion: PithVersion.tool).lastCheckTimes()
            }
            return CommandOutcome(output: JobsListing.render(file, lastChecked: lastChecked, clock: clock, format: format))
        } catch let error as JobsConfigError {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        } catch let error as RunClock.InvalidNow {
            // A bad PITH_NOW is bad usage, as for `pith run` and the history commands.
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: 1)
        }
    }

    /// Applies one edit to the jobs file (created when missing, for `add`) and saves it.
    public func edit(log: @Sendable (String) -> Void, _ change: (inout JobsFileEditor) throws -> String) -> CommandOutcome {
        do {
            var editor = try JobsFileEditor(path: context.jobsFilePath)
            let message = try change(&editor)
            try editor.save()
            log("pith: \(message) (\(context.jobsFilePath))")
            return CommandOutcome()
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        }
    }
}
