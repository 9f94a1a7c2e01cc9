import Foundation
import PithExtract

/// The real fetcher, extractor and webhook sender for the CLI, built from the jobs file's
/// settings and the user's rules file.
public enum LiveServices {
    public static func make(settings: JobsSettings, overrides: RuleOverrides) -> RunServices {
        RunServices(fetcher: ProvisionalFileFetcher(), extractor: ExtractorAdapter(overrides: overrides), webhook: UnavailableWebhook())
    }
}

/// Until PithFetch is on main: `file://` pages only, through `pith extract`'s loader.
struct ProvisionalFileFetcher: JobFetching {
    func fetch(_ request: PageRequest) async -> Result<FetchedPage, PageFetchFailure> {
        do {
            let page = try PageFetching.fetch(request.url)
            return .success(FetchedPage(status: nil, finalURL: page.finalURL ?? request.url, body: page.bytes, charset: page.declaredCharset))
        } catch {
            return .failure(PageFetchFailure(message: error.description, kind: error.kind))
        }
    }
}

/// Until PithFetch can POST.
struct UnavailableWebhook: WebhookPosting {
    func post(json: String, to url: String) async -> Result<Void, PageFetchFailure> {
        .failure(PageFetchFailure(message: "webhooks need the fetch module", kind: "unsupported"))
    }
}
