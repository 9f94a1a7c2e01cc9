import Foundation

/// Replaces a file in one step: a reader sees the old file or the new one, never half of it.
enum AtomicFile {
    /// Writes `data` to a temporary file beside `path`, then renames it over `path`, keeping
    /// the existing file's permissions.
    static func write(_ data: Data, to path: String) throws {
        let manager = FileManager.default
        let temporary = path + ".pith-\(ProcessInfo.processInfo.processIdentifier).tmp"
        let attributes = try? manager.attributesOfItem(atPath: path)
        guard manager.createFile(atPath: temporary, contents: data, attributes: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
        }
        if let permissions = attributes?[.posixPermissions] {
            try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: reason])
        }
    }
}
