import CCurl

/// What a finished transfer means: a response, a final error, or an error worth retrying.
enum TransferOutcome {
    case done(Result<FetchResponse, FetchError>)
    case retryable(FetchError, retryAfter: Double?)

    /// The error of a failed transfer and whether it is worth retrying. `curlFailure` never
    /// produces a response, so a success here is a programming error reported as a network one.
    var failure: (error: FetchError, retryable: Bool) {
        switch self {
        case .done(.failure(let error)): (error, false)
        case .retryable(let error, _): (error, true)
        case .done(.success(let response)): (.network(url: response.url, message: "no error"), false)
        }
    }

    static func classify(_ transfer: Transfer, code: CURLcode, attempts: Int) -> TransferOutcome {
        let url = transfer.job.request.url
        if let reason = transfer.abortReason { return .done(.failure(reason)) }
        guard code == CURLE_OK else { return curlFailure(transfer, code: code, url: url) }
        let isFile = transfer.job.target.isFile
        let status = transfer.responseCode
        let (mediaType, charset) = HTTPHeaderValues.contentType(transfer.contentTypeHeader)
        if isFile || (200..<300).contains(status) || status == 304 {
            if transfer.requireHTML && status != 304 && !HTTPHeaderValues.isHTML(mediaType) {
                return .done(.failure(.unsupportedContentType(mediaType ?? "unknown")))
            }
            let response = FetchResponse(
                url: url, finalURL: transfer.effectiveURL ?? url, status: isFile ? nil : status, headers: transfer.headers,
                body: status == 304 ? [] : transfer.body, mediaType: mediaType, charset: charset, timings: transfer.timings,
                attempts: attempts)
            return .done(.success(response))
        }
        let error = FetchError.http(status: status, url: url)
        if status == 408 || status == 429 || (500..<600).contains(status) {
            let retryAfter = HTTPHeaderValues.retryAfter(transfer.headers.first { $0.name == "retry-after" }?.value)
            return .retryable(error, retryAfter: retryAfter)
        }
        return .done(.failure(error))
    }

    /// Maps libcurl's error codes to Pith's kinds. Connection-level failures are retried;
    /// DNS and TLS failures, and a transfer that was too slow once connected, are not (trying
    /// again would fail the same way, slowly).
    static func curlFailure(_ transfer: Transfer, code: CURLcode, url: String) -> TransferOutcome {
        let host = transfer.job.target.host
        let message = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .done(.failure(.dns(host: host, message: message)))
        case CURLE_COULDNT_CONNECT:
            return .retryable(.connect(host: host, message: message), retryAfter: nil)
        case CURLE_OPERATION_TIMEDOUT:
            let connected = transfer.timings.connect > 0
            let error = FetchError.timeout(url: url, message: connected ? "the server sent too little, too slowly" : "no connection within the time limit")
            return connected ? .done(.failure(error)) : .retryable(error, retryAfter: nil)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            return .done(.failure(.tls(host: host, message: message)))
        case CURLE_TOO_MANY_REDIRECTS:
            return .done(.failure(.tooManyRedirects(url: url, limit: transfer.limits.maxRedirects)))
        case CURLE_UNSUPPORTED_PROTOCOL:
            // Following redirects itself, libcurl leaves the refused target as the effective URL.
            if let target = transfer.effectiveURL, target != url {
                return .done(.failure(.forbiddenRedirect(from: url, to: target)))
            }
            return .done(.failure(.unsupportedScheme(url)))
        case CURLE_FILESIZE_EXCEEDED:
            return .done(.failure(.tooLarge(url: url, limit: transfer.limits.maxBodyBytes)))
        case CURLE_FILE_COULDNT_READ_FILE, CURLE_READ_ERROR:
            return .done(.failure(.file(path: transfer.job.target.pathAndQuery, message: message)))
        case CURLE_URL_MALFORMAT:
            return .done(.failure(.invalidURL(url)))
        case CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return .retryable(.network(url: url, message: message), retryAfter: nil)
        default:
            return .done(.failure(.network(url: url, message: message)))
        }
    }
}
