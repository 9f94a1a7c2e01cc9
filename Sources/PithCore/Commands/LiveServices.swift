import Foundation
import PithExtract
import PithFetch

/// The real fetcher, extractor and webhook sender for the CLI, built from the jobs file's
/// settings and the user's rules file.
public enum LiveServices {
    public static func make(settings: JobsSettings, overrides: RuleOverrides) -> RunServices {
        let configuration = FetcherJobSource.configuration(settings)
        return RunServices(
            fetcher: FetcherJobSource(fetcher: Fetcher(configuration: configuration)),
            extractor: ExtractorAdapter(overrides: overrides),
            webhook: FetcherWebhook(userAgent: configuration.userAgent))
    }
}
