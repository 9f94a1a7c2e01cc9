import CCurl
import Foundation

/// One libcurl easy handle and what it has received so far.
///
/// Owned by the engine thread alone: the handle is created and cleaned up there, and the
/// callbacks run there (inside `curl_multi_perform`), so no locking is needed. libcurl gets an
/// unretained pointer to this object; the engine keeps it alive until the handle is removed.
final class Transfer {
    let handle: UnsafeMutableRawPointer
    let job: FetchJob
    let isRobots: Bool
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var postBytes: [UInt8] = []

    var body: [UInt8] = []
    var headers: [FetchResponse.Header] = []
    /// Why a callback stopped the transfer, when one did.
    var abortReason: FetchError?
    private var checkedType = false
    let limits: FetchLimits
    let requireHTML: Bool

    init?(job: FetchJob, url: String, isRobots: Bool, configuration: FetchConfiguration, share: UnsafeMutableRawPointer?) {
        guard let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.job = job
        self.isRobots = isRobots
        self.limits = configuration.limits
        self.requireHTML = isRobots ? false : job.request.requireHTML
        configure(url: url, configuration: configuration, share: share)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
    }

    private func configure(url: String, configuration: FetchConfiguration, share: UnsafeMutableRawPointer?) {
        let request = job.request
        let limits = configuration.limits
        _ = pith_easy_setopt_string(handle, CURLOPT_URL, url)
        _ = pith_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https,file")
        // Redirects never leave the web: a page must not make us read a local file.
        _ = pith_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        if followsRedirectsItself {
            _ = pith_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1)
            _ = pith_easy_setopt_long(handle, CURLOPT_MAXREDIRS, isRobots ? 5 : limits.maxRedirects)
        }
        _ = pith_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = pith_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = pith_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        _ = pith_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = pith_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(limits.connectTimeout * 1000))
        _ = pith_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(limits.totalTimeout * 1000))
        _ = pith_easy_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, limits.lowSpeedBytesPerSecond)
        _ = pith_easy_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(limits.lowSpeedSeconds.rounded(.up))))
        // A declared Content-Length over the cap fails before any byte is read.
        _ = pith_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBodyBytes))
        // curl's own tool reads with 100 KB rather than libcurl's 16 KB: a typical page then
        // comes in one or two recv calls and write callbacks instead of four or five.
        _ = pith_easy_setopt_long(handle, CURLOPT_BUFFERSIZE, 100 * 1024)
        _ = pith_easy_setopt_string(handle, CURLOPT_USERAGENT, request.userAgent ?? configuration.userAgent)
        if let share { _ = pith_easy_setopt_share(handle, share) }
        setHeaders(isRobots ? [:] : request.headers, request: request)
        if !isRobots, let post = request.post {
            postBytes = post.bytes
            _ = pith_easy_setopt_long(handle, CURLOPT_POST, 1)
            _ = pith_easy_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(postBytes.count))
            postBytes.withUnsafeMutableBytes { _ = pith_easy_setopt_pointer(handle, CURLOPT_POSTFIELDS, $0.baseAddress) }
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = pith_easy_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, transferWriteCallback)
        _ = pith_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = pith_easy_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, transferHeaderCallback)
        _ = pith_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = pith_easy_setopt_xferinfo_callback(handle, transferProgressCallback)
        _ = pith_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
        _ = pith_easy_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
    }

    /// Whether libcurl follows redirects inside this transfer. A page request's redirects go
    /// back through the engine instead, so the target host's robots.txt, gap and concurrency
    /// apply to it; robots.txt (RFC 9309 allows five hops) and POSTs are followed in place.
    var followsRedirectsItself: Bool { isRobots || job.request.post != nil }

    private func setHeaders(_ extra: [String: String], request: FetchRequest) {
        var lines = extra.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if !isRobots {
            if let etag = request.etag { lines.append("If-None-Match: \(etag)") }
            if let lastModified = request.lastModified { lines.append("If-Modified-Since: \(lastModified)") }
            if let post = request.post { lines.append("Content-Type: \(post.contentType)") }
            // A session cookie belongs to the site it was given for: never sent to another
            // host after a redirect (and, as a header line rather than CURLOPT_COOKIE, libcurl
            // drops it too when it follows a POST's redirect off the host).
            if let cookies = request.cookies, job.target.hostKey == job.originHostKey { lines.append("Cookie: \(cookies)") }
        }
        if request.post == nil && !isRobots && !extra.keys.contains(where: { $0.lowercased() == "accept" }) {
            lines.append("Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        }
        for line in lines { headerList = curl_slist_append(headerList, line) }
        if let headerList { _ = pith_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
    }

    // MARK: Callbacks (engine thread)

    func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if !checkedType {
            checkedType = true
            if let reason = contentTypeRejection() {
                abortReason = reason
                return false
            }
            // One allocation for the whole body when the server said how long it is (and
            // the length is within the cap): no regrowth and copying as pieces arrive.
            var declared: curl_off_t = -1
            _ = pith_easy_getinfo_off(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &declared)
            if declared > 0 && declared <= curl_off_t(limits.maxDecodedBytes) { body.reserveCapacity(Int(declared)) }
        }
        if body.count + bytes.count > limits.maxDecodedBytes {
            abortReason = .tooLarge(url: job.request.url, limit: limits.maxDecodedBytes)
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// One header line, as libcurl hands it over (with its CRLF). Parsed on bytes: this runs
    /// for every header of every response.
    func receiveHeader(_ line: UnsafeRawBufferPointer) {
        if line.starts(with: "HTTP/".utf8) {
            headers.removeAll(keepingCapacity: true)
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = Self.trimmed(line, 0..<colon)
        let value = Self.trimmed(line, (colon + 1)..<line.count)
        guard !name.isEmpty else { return }
        let lowered = UnsafeRawBufferPointer(rebasing: line[name]).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        headers.append(FetchResponse.Header(
            name: String(decoding: lowered, as: UTF8.self),
            value: String(decoding: UnsafeRawBufferPointer(rebasing: line[value]), as: UTF8.self)))
    }

    private static func trimmed(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Bytes on the wire (before decompression) over the cap stop the transfer.
    func progress(downloaded: Int64) -> Bool {
        if downloaded > Int64(limits.maxBodyBytes) {
            abortReason = .tooLarge(url: job.request.url, limit: limits.maxBodyBytes)
            return false
        }
        return true
    }

    /// Only a successful HTML answer is worth reading when HTML is required; error pages are
    /// read (and discarded) so the status can be reported.
    private func contentTypeRejection() -> FetchError? {
        guard requireHTML else { return nil }
        let status = responseCode
        guard status == 0 || (200..<300).contains(status) else { return nil }
        let type = HTTPHeaderValues.contentType(contentTypeHeader).mediaType
        return HTTPHeaderValues.isHTML(type) ? nil : .unsupportedContentType(type ?? "unknown")
    }

    // MARK: Info

    var responseCode: Int {
        var code = 0
        _ = pith_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    var contentTypeHeader: String? {
        var pointer: UnsafeMutablePointer<CChar>?
        _ = pith_easy_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &pointer)
        return pointer.map { String(cString: $0) }
    }

    var effectiveURL: String? { stringInfo(CURLINFO_EFFECTIVE_URL) }

    /// Where a redirect answer points (resolved against the request URL), when libcurl did
    /// not follow it itself.
    var redirectTarget: String? {
        guard !followsRedirectsItself, [301, 302, 303, 307, 308].contains(responseCode) else { return nil }
        return stringInfo(CURLINFO_REDIRECT_URL)
    }

    private func stringInfo(_ info: CURLINFO) -> String? {
        var pointer: UnsafeMutablePointer<CChar>?
        _ = pith_easy_getinfo_string(handle, info, &pointer)
        return pointer.map { String(cString: $0) }
    }

    var timings: FetchTimings {
        func seconds(_ info: CURLINFO) -> Double {
            var value: curl_off_t = 0
            _ = pith_easy_getinfo_off(handle, info, &value)
            return Double(value) / 1_000_000
        }
        return FetchTimings(
            nameLookup: seconds(CURLINFO_NAMELOOKUP_TIME_T), connect: seconds(CURLINFO_CONNECT_TIME_T),
            tlsHandshake: seconds(CURLINFO_APPCONNECT_TIME_T), firstByte: seconds(CURLINFO_STARTTRANSFER_TIME_T),
            total: seconds(CURLINFO_TOTAL_TIME_T))
    }
}

// C function pointers cannot capture context: the Transfer travels as the user-data pointer.

private let transferWriteCallback: pith_curl_data_callback = { data, size, count, context in
    guard let context, let data else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    return transfer.receive(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

private let transferHeaderCallback: pith_curl_data_callback = { data, size, count, context in
    guard let context, let data else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let bytes = UnsafeRawBufferPointer(start: data, count: length)
    transfer.receiveHeader(bytes)
    return length
}

private let transferProgressCallback: pith_curl_xferinfo_callback = { context, _, downloaded, _, _ in
    guard let context else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.progress(downloaded: Int64(downloaded)) ? 0 : 1
}
