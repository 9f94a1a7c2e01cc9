import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same folder, which is then renamed over the destination (atomic on POSIX file systems).
public enum AtomicFile {
    /// Writes `data` to `path`, creating parent folders as needed.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(folder.path, reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw .cannotWrite(path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason)
        }
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }
}

/// Why an output could not be written.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotCreateFolder(String, reason: String)
    case cannotWrite(String, reason: String)
    /// The output would replace one of the inputs.
    case wouldOverwriteInput(String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create folder \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .wouldOverwriteInput(let path): "refusing to overwrite input file \(path)"
        }
    }
}
