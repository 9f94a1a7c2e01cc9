/// What a command produced: text for stdout, and its exit status.
///
/// Messages for stderr are passed to the command's `log` callback as they happen.
public struct CommandOutcome: Sendable, Equatable {
    /// Requested output only; empty when there is nothing to say (cron mails any output).
    public var output: String
    /// 0 success, 1 an error was reported, 64 bad usage or config.
    public var exitCode: Int32

    public init(output: String = "", exitCode: Int32 = 0) {
        self.output = output
        self.exitCode = exitCode
    }

    /// Exit status for bad usage or an invalid config (`EX_USAGE`).
    public static let usageExitCode: Int32 = 64
}

/// The parts a run talks to the outside world through, built from the jobs file's settings.
public struct RunServices: Sendable {
    public var fetcher: any JobFetching
    public var extractor: any ArticleExtracting
    public var webhook: any WebhookPosting

    public init(fetcher: any JobFetching, extractor: any ArticleExtracting, webhook: any WebhookPosting) {
        self.fetcher = fetcher
        self.extractor = extractor
        self.webhook = webhook
    }
}

/// Where a command finds its jobs file and store, from flags and the environment.
public struct StoreContext: Sendable {
    public var configPath: String?
    public var storePath: String?
    public var environment: [String: String]

    public init(configPath: String? = nil, storePath: String? = nil, environment: [String: String]) {
        self.configPath = configPath
        self.storePath = storePath
        self.environment = environment
    }

    var locations: Locations { Locations(environment: environment) }

    /// The jobs file path this context points at.
    public var jobsFilePath: String { locations.jobsFile(explicit: configPath) }

    /// Loads the jobs file; missing is an error only when `required`.
    func loadJobs(required: Bool) throws -> JobsFile? {
        let path = jobsFilePath
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw JobsConfigError.notFound(searched: [path]) }
            return nil
        }
        return try JobsFileLoader.load(path: path, home: locations.home)
    }

    /// The jobs file's settings, for a command that needs nothing else (`pith scrape`): a
    /// missing file is an error only when `--config` named it; a missing default gives
    /// empty settings. An invalid file throws the loader's error.
    public func loadSettings() throws -> JobsSettings {
        let explicit = !(configPath ?? "").isEmpty
        return try loadJobs(required: explicit)?.settings ?? JobsSettings()
    }

    /// The store path, given the jobs file's settings.
    func store(settings: JobsSettings?) -> String {
        locations.store(explicit: storePath, settings: settings?.store)
    }
}

import Foundation
