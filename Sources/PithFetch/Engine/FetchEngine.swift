import CCurl
import Foundation

/// The fetch thread: one `curl_multi` handle, a queue per host, and the politeness rules.
///
/// Callers hand jobs in through ``submit(_:)`` (any thread); everything else happens on the
/// engine's own thread, which owns every libcurl handle. It waits in `curl_multi_poll`, so it
/// sleeps when there is nothing to do and wakes for network activity, a new job, a host's
/// delay running out, or ``cancelAll()``.
final class FetchEngine: @unchecked Sendable {
    private let configuration: FetchConfiguration
    private let lock = NSLock()
    // Shared with callers, under `lock`.
    private var incoming: [FetchJob] = []
    private var cancelRequested = false
    private var stopRequested = false
    private var multiForWakeup: UnsafeMutableRawPointer?

    // Engine thread only.
    private var hosts: [String: HostState] = [:]
    private var paces: [String: HostPace] = [:]
    private var waiting: [HostState] = []
    private var cursor = 0
    private var transfers: [UnsafeMutableRawPointer: Transfer] = [:]
    private var wakeAt: Double = .infinity

    init(configuration: FetchConfiguration) {
        self.configuration = configuration
        CurlGlobal.initialize()
        let thread = Thread { [self] in run() }
        thread.name = "pith-fetch"
        thread.start()
    }

    // MARK: Caller side

    func submit(_ jobs: [FetchJob]) {
        lock.withLock {
            incoming.append(contentsOf: jobs)
            if let multi = multiForWakeup { curl_multi_wakeup(multi) }
        }
    }

    func cancelAll() {
        lock.withLock {
            cancelRequested = true
            if let multi = multiForWakeup { curl_multi_wakeup(multi) }
        }
    }

    func shutdown() {
        lock.withLock {
            stopRequested = true
            cancelRequested = true
            if let multi = multiForWakeup { curl_multi_wakeup(multi) }
        }
    }

    // MARK: The loop

    private func run() {
        guard let multi = curl_multi_init() else { return failEverything() }
        let share = curl_share_init()
        if let share {
            _ = pith_share_setopt_long(share, CURLSHOPT_SHARE, Int(CURL_LOCK_DATA_DNS.rawValue))
            _ = pith_share_setopt_long(share, CURLSHOPT_SHARE, Int(CURL_LOCK_DATA_SSL_SESSION.rawValue))
        }
        // The scheduler already caps transfers in flight. CURLMOPT_MAX_TOTAL_CONNECTIONS would
        // also cap *idle* connections, so a run over more hosts than that would close one
        // host's connection to open another's and never reuse any; the cache of idle
        // connections is what keeps a connection per host alive between its requests.
        _ = pith_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, max(256, configuration.maxConcurrent * 4))
        lock.withLock { multiForWakeup = multi }
        defer {
            lock.withLock { multiForWakeup = nil }
            for (_, transfer) in transfers { curl_multi_remove_handle(multi, transfer.handle) }
            transfers.removeAll()
            curl_multi_cleanup(multi)
            if let share { curl_share_cleanup(share) }
        }
        while true {
            let (jobs, cancel, stop) = takeIncoming()
            for job in jobs { enqueue(job) }
            if cancel { cancelEverything(multi) }
            if stop { return }
            schedule(multi, share: share)
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            if collectFinished(multi) > 0 { continue }
            curl_multi_poll(multi, nil, 0, pollTimeout(), nil)
        }
    }

    private func takeIncoming() -> ([FetchJob], Bool, Bool) {
        lock.withLock {
            defer {
                incoming.removeAll(keepingCapacity: true)
                cancelRequested = false
            }
            return (incoming, cancelRequested, stopRequested)
        }
    }

    private func pollTimeout() -> Int32 {
        guard wakeAt.isFinite else { return 1000 }
        let millis = (wakeAt - Self.now()) * 1000
        return Int32(max(0, min(1000, millis.rounded(.up))))
    }

    // MARK: Queues

    private func enqueue(_ job: FetchJob) {
        let host = hostState(for: job.target)
        host.queue.append(job)
        markWaiting(host)
    }

    private func hostState(for target: FetchTarget) -> HostState {
        if let host = hosts[target.hostKey] { return host }
        let host = HostState(key: target.hostKey, host: target.isFile ? "" : target.host, pace: pace(for: target))
        if target.isFile || !configuration.respectRobots { host.robots = .ready(.allowAll) }
        hosts[target.hostKey] = host
        return host
    }

    private func pace(for target: FetchTarget) -> HostPace {
        let name = target.isFile ? target.hostKey : target.host
        if let pace = paces[name] { return pace }
        let policy = configuration.hostPolicies[target.host]
        let pace = target.isFile
            ? HostPace(concurrency: configuration.maxConcurrent, delay: 0)
            : HostPace(concurrency: max(1, policy?.concurrency ?? configuration.perHostConcurrency),
                       delay: max(0, policy?.delay ?? configuration.perHostDelay))
        paces[name] = pace
        return pace
    }

    private func markWaiting(_ host: HostState) {
        guard !host.isWaiting else { return }
        host.isWaiting = true
        waiting.append(host)
    }

    /// Starts what may start: round-robin over hosts with queued pages, each within its
    /// concurrency and delay, until the global limit is reached.
    private func schedule(_ multi: UnsafeMutableRawPointer, share: UnsafeMutableRawPointer?) {
        wakeAt = .infinity
        var visited = 0
        while transfers.count < configuration.maxConcurrent && visited < waiting.count && !waiting.isEmpty {
            if cursor >= waiting.count { cursor = 0 }
            let host = waiting[cursor]
            visited += 1
            startReady(on: host, multi, share: share)
            if !host.hasQueued {
                host.isWaiting = false
                waiting.remove(at: cursor)
                visited -= 1
            } else {
                cursor += 1
            }
        }
    }

    private func startReady(on host: HostState, _ multi: UnsafeMutableRawPointer, share: UnsafeMutableRawPointer?) {
        let now = Self.now()
        while host.hasQueued {
            guard case .ready(let rules) = host.robots else {
                if case .unknown = host.robots, host.pace.inFlight < host.pace.concurrency, transfers.count < configuration.maxConcurrent {
                    startRobots(for: host, multi, share: share)
                }
                return
            }
            // Pages that will not be fetched are answered at once, without waiting their turn.
            let job = host.queue[host.queueHead]
            if let error = host.unreachable {
                finish(host.popJob(), .failure(error))
                continue
            }
            if let seconds = host.deferredFor {
                finish(host.popJob(), .failure(.deferred(host: host.host, seconds: seconds)))
                continue
            }
            if !job.target.isFile && !rules.allows(job.target.pathAndQuery) {
                finish(host.popJob(), .failure(.robotsDisallowed(url: job.url)))
                continue
            }
            guard host.pace.inFlight < host.pace.concurrency, transfers.count < configuration.maxConcurrent else { return }
            guard now >= host.pace.nextStart else {
                wakeAt = min(wakeAt, host.pace.nextStart)
                return
            }
            start(host.popJob(), url: job.url, isRobots: false, on: host, multi, share: share, now: now)
        }
    }

    private func startRobots(for host: HostState, _ multi: UnsafeMutableRawPointer, share: UnsafeMutableRawPointer?) {
        host.robots = .fetching
        let probe = FetchJob(request: FetchRequest(url: host.key + "/robots.txt", requireHTML: false),
                             target: FetchTarget(hostKey: host.key, host: host.host, pathAndQuery: "/robots.txt", isFile: false),
                             completion: { _ in })
        start(probe, url: probe.request.url, isRobots: true, on: host, multi, share: share, now: Self.now())
    }

    private func start(_ job: FetchJob, url: String, isRobots: Bool, on host: HostState, _ multi: UnsafeMutableRawPointer,
                       share: UnsafeMutableRawPointer?, now: Double) {
        guard let transfer = Transfer(job: job, url: url, isRobots: isRobots, configuration: configuration, share: share) else {
            if isRobots { host.robots = .ready(.disallowAll) } else { finish(job, .failure(.network(url: url, message: "cannot create a transfer"))) }
            return
        }
        if !isRobots { job.attempts += 1 }
        transfers[transfer.handle] = transfer
        host.pace.inFlight += 1
        host.pace.nextStart = now + host.pace.delay
        curl_multi_add_handle(multi, transfer.handle)
    }

    // MARK: Completion

    private func collectFinished(_ multi: UnsafeMutableRawPointer) -> Int {
        var finished = 0
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = transfers.removeValue(forKey: handle) else { continue }
            curl_multi_remove_handle(multi, handle)
            finished += 1
            let host = hosts[transfer.job.target.hostKey]
            host?.pace.inFlight -= 1
            if let host {
                if transfer.isRobots { learnRobots(host, from: transfer, code: code) } else { conclude(transfer, code: code, host: host) }
                if host.hasQueued { markWaiting(host) }
            }
        }
        return finished
    }

    /// RFC 9309: a 4xx answer means no rules; a 5xx or no answer means keep away for now.
    private func learnRobots(_ host: HostState, from transfer: Transfer, code: CURLcode) {
        guard code == CURLE_OK || !transfer.body.isEmpty else { return learnUnreachable(host, from: transfer, code: code) }
        let status = transfer.responseCode
        let rules: RobotsRules
        if code == CURLE_OK && (200..<300).contains(status) {
            let text = String(decoding: transfer.body.prefix(500 * 1024), as: UTF8.self)
            rules = RobotsRules(parsing: text, agent: "pith")
        } else if code == CURLE_OK && (400..<500).contains(status) {
            rules = .allowAll
        } else {
            rules = .disallowAll  // a 5xx, or an answer cut off mid-transfer
        }
        host.robots = .ready(rules)
        if let delay = rules.crawlDelay {
            if delay > configuration.limits.crawlDelayCap {
                host.deferredFor = delay
            } else {
                host.pace.delay = max(host.pace.delay, delay)
                host.pace.nextStart = max(host.pace.nextStart, Self.now() + delay)
            }
        }
    }

    /// No answer at all for robots.txt (refused, DNS, timeout): retried with backoff like a
    /// page; after the retries the host's pages fail with that error, which says more than
    /// "robots.txt disallows" (RFC 9309: unreachable means keep away).
    private func learnUnreachable(_ host: HostState, from transfer: Transfer, code: CURLcode) {
        host.robotsAttempts += 1
        let (error, retryable) = TransferOutcome.curlFailure(transfer, code: code, url: transfer.job.request.url).failure
        if retryable && host.robotsAttempts <= configuration.limits.maxRetries {
            host.robots = .unknown
            host.pace.nextStart = max(host.pace.nextStart, Self.now() + backoff(afterAttempt: host.robotsAttempts))
            return
        }
        host.unreachable = error
        host.robots = .ready(.disallowAll)
    }

    /// Exponential backoff from ``FetchConfiguration/retryBackoff``, with up to 50% jitter so
    /// that failed requests to one host do not come back in step.
    private func backoff(afterAttempt attempt: Int) -> Double {
        configuration.retryBackoff * Double(1 << min(attempt - 1, 10)) * (1 + Double.random(in: 0..<0.5))
    }

    private func conclude(_ transfer: Transfer, code: CURLcode, host: HostState) {
        let job = transfer.job
        if code == CURLE_OK, transfer.abortReason == nil, let location = transfer.redirectTarget {
            return follow(job, to: location)
        }
        let outcome = TransferOutcome.classify(transfer, code: code, attempts: job.attempts)
        switch outcome {
        case .done(let result):
            finish(job, result)
        case .retryable(let error, let retryAfter):
            guard job.attempts <= configuration.limits.maxRetries else { return finish(job, .failure(error)) }
            let wait = retryAfter ?? backoff(afterAttempt: job.attempts)
            if wait > configuration.limits.retryAfterCap {
                return finish(job, .failure(.deferred(host: host.host, seconds: wait)))
            }
            // The whole host waits: a server that is failing or throttling gets a rest.
            host.pace.nextStart = max(host.pace.nextStart, Self.now() + wait)
            host.pushFront(job)
            markWaiting(host)
        }
    }

    /// A redirect joins the queue of the host it points to, so that host's robots.txt, gap
    /// and concurrency apply as if the page had been asked for there.
    private func follow(_ job: FetchJob, to location: String) {
        if let error = job.follow(redirectTo: location, limit: configuration.limits.maxRedirects) {
            return finish(job, .failure(error))
        }
        // At the front: the page was already given its turn, only its address changed.
        let host = hostState(for: job.target)
        host.pushFront(job)
        markWaiting(host)
    }

    private func finish(_ job: FetchJob, _ result: Result<FetchResponse, FetchError>) {
        job.completion(result)
    }

    private func cancelEverything(_ multi: UnsafeMutableRawPointer) {
        for (handle, transfer) in transfers {
            curl_multi_remove_handle(multi, handle)
            hosts[transfer.job.target.hostKey]?.pace.inFlight -= 1
            if !transfer.isRobots { finish(transfer.job, .failure(.cancelled(url: transfer.job.request.url))) }
            else { hosts[transfer.job.target.hostKey]?.robots = .unknown }
        }
        transfers.removeAll()
        for host in waiting {
            host.isWaiting = false
            for job in host.drain() { finish(job, .failure(.cancelled(url: job.request.url))) }
        }
        waiting.removeAll()
        cursor = 0
    }

    private func failEverything() {
        while true {
            let (jobs, _, stop) = takeIncoming()
            for job in jobs { finish(job, .failure(.network(url: job.request.url, message: "libcurl could not start"))) }
            if stop { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
    }
}

/// `curl_global_init` once per process, before the first handle.
enum CurlGlobal {
    private static let done: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        return true
    }()

    static func initialize() { _ = done }
}
