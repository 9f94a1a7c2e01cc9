import Foundation

/// An exclusive `flock` on `STORE.lock`, so two `pith run`s never work on one store at once.
///
/// The kernel drops the lock when the descriptor closes, which happens when the process
/// ends however it ends (SIGKILL included): a lock never outlives its process.
public final class RunLock {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Why the lock file could not be used at all (not: it is held by another run).
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Takes the lock for the store at `storePath`; nil when another process holds it.
    public static func acquire(forStore storePath: String) throws -> RunLock? {
        let path = storePath + ".lock"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { return nil }
            throw Failure(description: "cannot lock \(path): \(String(cString: strerror(code)))")
        }
        return RunLock(path: path, descriptor: descriptor)
    }
}
