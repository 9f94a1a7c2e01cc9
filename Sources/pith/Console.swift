import Foundation
import Synchronization

/// Writes to standard output and standard error, one whole line at a time even from several
/// threads. Standard output carries only what the user asked for; everything else goes to
/// standard error (cron mails whatever is printed).
enum Console {
    private static let lock = Mutex(())

    static func output(_ text: String) {
        lock.withLock { _ in FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    static func error(_ line: String) {
        lock.withLock { _ in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    /// Writes text to standard error as it is (a progress bar redraw has no newline).
    static func errorText(_ text: String) {
        lock.withLock { _ in FileHandle.standardError.write(Data(text.utf8)) }
    }
}

/// Counts successes and failures reported from worker threads.
final class Tally: Sendable {
    private let counts = Mutex((succeeded: 0, failed: 0))

    func record(_ success: Bool) {
        counts.withLock { if success { $0.succeeded += 1 } else { $0.failed += 1 } }
    }

    var succeeded: Int { counts.withLock { $0.succeeded } }
    var failed: Int { counts.withLock { $0.failed } }
}
