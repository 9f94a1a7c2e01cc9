import Foundation
import PithStore

/// `pith check URL|NAME`: one fetch and extraction, compared with the store but stored nowhere.
public struct CheckSession {
    public var context: StoreContext
    public var target: String

    public init(context: StoreContext, target: String) {
        self.context = context
        self.target = target
    }

    public func run(services: (JobsSettings) -> RunServices, log: @escaping @Sendable (String) -> Void) async -> CommandOutcome {
        let file: JobsFile?
        let clock: RunClock
        do {
            clock = try RunClock.fromEnvironment(context.environment)
            file = try context.loadJobs(required: false)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        }
        guard let job = file?.job(named: target) ?? (URLListFormat.isURL(target) ? Job(name: target, url: target) : nil) else {
            log("pith: \"\(target)\" is neither a job in \(context.jobsFilePath) nor a URL")
            return CommandOutcome(exitCode: CommandOutcome.usageExitCode)
        }
        let storePath = context.store(settings: file?.settings)
        do {
            let store = FileManager.default.fileExists(atPath: storePath)
                ? try HistoryStore.open(at: storePath, create: false, writerVersion: PithVersion.tool) : nil
            let live = services(file?.settings ?? JobsSettings())
            let preview = CheckPreview(job: job, fetcher: live.fetcher, extractor: live.extractor, store: store, clock: clock)
            let (output, succeeded) = try await preview.run()
            return CommandOutcome(output: output, exitCode: succeeded ? 0 : 1)
        } catch {
            log("pith: \(error)")
            return CommandOutcome(exitCode: 1)
        }
    }
}
