import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in
/// the same folder, which is then renamed over the destination (atomic on POSIX file systems).
public enum AtomicFile {
    /// Writes `bytes` to `path`, creating parent folders as needed.
    public static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String) throws(OutputError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(folder, reason: error.localizedDescription)
            }
        }
        try write(bytes, to: path, folder: folder, name: (path as NSString).lastPathComponent)
    }

    /// Writes `bytes` to `path`, whose parent `folder` (as given, "" for the current one) the
    /// caller knows exists: `pith scrape` writes thousands of files into a few folders and
    /// checks each folder once, not once per file. With `descriptor`, an open descriptor of
    /// that folder, the temporary file and the rename are resolved from it rather than by
    /// walking the whole path twice more (and a folder swapped after the caller checked it is
    /// not written through).
    public static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String, inExistingFolder folder: String,
                                                     descriptor: Int32? = nil) throws(OutputError) {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        if let descriptor {
            try write(bytes, to: path, in: descriptor, target: name, temporaryPrefix: "." + name + "." + processID + ".")
        } else {
            try write(bytes, to: path, folder: folder, name: name)
        }
    }

    private static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String, folder: String, name: String) throws(OutputError) {
        let prefix = (folder.isEmpty ? "" : folder + "/") + "." + name + "." + processID + "."
        try write(bytes, to: path, in: AT_FDCWD, target: path, temporaryPrefix: prefix)
    }

    /// The temporary is `temporaryPrefix` + a number + `.tmp` and `target` the final name, both
    /// relative to `directory` (AT_FDCWD for paths); `path` names the file in errors.
    private static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String, in directory: Int32, target: String,
                                                      temporaryPrefix: String) throws(OutputError) {
        // A counter rather than a random number (one getrandom call per file): O_EXCL is what
        // guards against a clash, and a temporary left by a killed process with the same id
        // only moves the counter on.
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<100 {
            temporary = temporaryPrefix + String(temporaryCounter.add(1, ordering: .relaxed).oldValue) + ".tmp"
            descriptor = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
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
        guard written, renameat(directory, temporary, directory, target) == 0 else {
            let failure = written ? String(cString: strerror(errno)) : reason
            unlinkat(directory, temporary, 0)
            throw .cannotWrite(path, reason: failure)
        }
    }

    private static let processID = String(getpid())
    private static let temporaryCounter = Atomic<UInt64>(0)

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
