import Foundation
import PithStore

/// Delivers the store's outbox: every event not yet handed to its `on_change` command or
/// webhook, including those a crashed run left behind. An entry is marked delivered only
/// after it was, so a crash in between means it is sent again: at least once, never lost.
struct OutboxDelivery {
    let store: HistoryStore
    let webhook: any WebhookPosting
    let commandTimeout: Duration

    /// Attempts per entry, one per run, before Pith gives up on it (and says so).
    static let maxAttempts = 5

    /// Delivers what is pending; returns a message for each entry given up on in this run.
    func deliverPending(now: Date) async throws -> [String] {
        var problems: [String] = []
        for delivery in try store.pendingDeliveries() {
            let outcome = await deliver(delivery)
            switch outcome {
            case .success:
                try store.markDelivered(delivery.id, at: now)
            case let .failure(message):
                let giveUp = delivery.attempts + 1 >= Self.maxAttempts
                try store.markFailed(delivery.id, error: message, giveUp: giveUp, at: now)
                if giveUp {
                    problems.append(
                        "\(delivery.jobName): \(delivery.destination.channel.rawValue) failed \(Self.maxAttempts) times, giving up on this event: \(message)")
                }
            }
        }
        return problems
    }

    private enum Outcome {
        case success
        case failure(String)
    }

    private func deliver(_ delivery: PendingDelivery) async -> Outcome {
        let kind = (try? JSONSerialization.jsonObject(with: Data(delivery.payload.utf8)) as? [String: Any])?["event"] as? String ?? ""
        switch delivery.destination.channel {
        case .onChange:
            let command = OnChangeCommand(command: delivery.destination.target, timeout: commandTimeout)
            switch await command.run(event: delivery.payload, job: delivery.jobName, url: delivery.url, kind: kind) {
            case .success: return .success
            case let .failure(failure): return .failure(failure.description)
            }
        case .webhook:
            switch await webhook.post(json: delivery.payload, to: delivery.destination.target) {
            case .success: return .success
            case let .failure(failure): return .failure("webhook \(delivery.destination.target): \(failure.message)")
            }
        }
    }
}
