import Foundation

/// Runs a job's `on_change` command: `/bin/sh -c COMMAND`, the event's JSON on stdin,
/// `PITH_URL`, `PITH_JOB` and `PITH_EVENT` in the environment, killed after a timeout.
///
/// The command's own output goes to stderr: stdout belongs to the report.
public struct OnChangeCommand: Sendable {
    public var command: String
    public var timeout: Duration

    public init(command: String, timeout: Duration = .seconds(60)) {
        self.command = command
        self.timeout = timeout
    }

    /// Why the command did not succeed.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Runs the command on a plain thread (it blocks), returning when it exits or is killed.
    public func run(event json: String, job: String, url: String, kind: String) async -> Result<Void, Failure> {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: runBlocking(json: json, job: job, url: url, kind: kind)) }
            thread.start()
        }
    }

    private func runBlocking(json: String, job: String, url: String, kind: String) -> Result<Void, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["PITH_URL"] = url
        environment["PITH_JOB"] = job
        environment["PITH_EVENT"] = kind
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.standardError
        process.standardError = FileHandle.standardError
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .failure(Failure(description: "cannot start /bin/sh: \(error.localizedDescription)"))
        }
        // A command that does not read its stdin must not block us: write, then close.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data((json + "\n").utf8))
        try? input.fileHandleForWriting.close()
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if exited.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            exited.wait()
            return .failure(Failure(description: "on_change command timed out after \(Int(seconds)) s and was stopped"))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status" : "was killed by signal"
            return .failure(Failure(description: "on_change command \(how) \(process.terminationStatus)"))
        }
        return .success(())
    }
}
