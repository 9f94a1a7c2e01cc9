import Foundation

/// Runs the built `pith` executable, as a user would, and captures what it prints.
public struct PithRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum PithCommand {
    /// An empty home folder for the commands tests run.
    static let isolatedHome: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pith-test-home-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// The `pith` binary next to the test bundle (SwiftPM builds it because the CLI tests
    /// depend on the executable target), or `$PITH_BINARY`.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PITH_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("pith")
    }

    /// Runs `pith arguments...` with `stdin` as standard input, in `directory` if given.
    @discardableResult
    public static func run(_ arguments: [String], stdin: Data? = nil, directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> PithRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // A user's own configuration must not leak into tests: no PITH_* or XDG_* variables,
        // and a HOME with nothing in it, unless the test sets them.
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PITH_") && !$0.key.hasPrefix("XDG_") }
        env["HOME"] = isolatedHome
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return PithRun(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed when the value is deinitialized.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(_ name: String = "pith-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
