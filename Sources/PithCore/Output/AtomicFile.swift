import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same folder, which is then renamed over the destination (atomic on POSIX file systems).
public enum AtomicFile {
    /// Writes `bytes` to `path`, creating parent folders as needed.
    public static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String) throws(OutputError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        // The folder is made when the first write finds it missing: checking it before every
        // write of a run of thousands cost a system call each.
        if descriptor < 0 && errno == ENOENT && !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(folder, reason: error.localizedDescription)
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        let written: Bool = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let reason = written ? "" : String(cString: strerror(errno))
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let failure = written ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw .cannotWrite(path, reason: failure)
        }
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }
}

/// Why an output could not be written.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotCreateFolder(String, reason: String)
    case cannotWrite(String, reason: String)
    /// The output would replace one of the inputs.
    case wouldOverwriteInput(String)
    /// A folder on the way to the output is a symbolic link, which could lead out of the
    /// output folder.
    case symbolicLink(String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create folder \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .wouldOverwriteInput(let path): "refusing to overwrite input file \(path)"
        case .symbolicLink(let path): "refusing to write through the symbolic link \(path)"
        }
    }
}
