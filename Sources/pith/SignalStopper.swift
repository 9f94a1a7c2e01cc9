import Dispatch
import Foundation
import Synchronization

/// Turns the first SIGINT or SIGTERM into a clean stop (and remembers which arrived); a
/// second one exits at once.
final class SignalStopper: Sendable {
    private let caughtSignal = Atomic<Int32>(0)
    private nonisolated(unsafe) var sources: [any DispatchSourceSignal] = []

    var caught: Int32? {
        let signal = caughtSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    static func install(_ stop: @escaping @Sendable () -> Void) -> SignalStopper {
        let stopper = SignalStopper()
        stopper.sources = [SIGINT, SIGTERM].map { number in
            // Ignored as a signal, delivered as a dispatch event: the handler may then lock and call.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // A second signal means "now": exit at once; the previous index.jsonl stays.
                guard stopper.caughtSignal.compareExchange(expected: 0, desired: number, ordering: .relaxed).exchanged else {
                    _exit(128 + number)
                }
                stop()
            }
            source.resume()
            return source
        }
        return stopper
    }
}
