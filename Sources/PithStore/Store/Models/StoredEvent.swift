import Foundation

/// A reported event (`new`, `changed`, `error`, `recovered`) as its JSON object, kept for the
/// Atom feed and for delivery.
public struct StoredEvent: Sendable, Equatable {
    public let id: Int64
    public let jobID: Int64
    /// `new`, `changed`, `error` or `recovered`.
    public let kind: String
    public let createdAt: Date
    /// The event object, one line of JSON, exactly as `--report json` prints it.
    public let payload: String
}

/// An event to record with a check, and where it must be delivered.
public struct NewEvent: Sendable {
    public var kind: String
    public var payload: String
    public var deliveries: [DeliveryTarget]

    public init(kind: String, payload: String, deliveries: [DeliveryTarget]) {
        self.kind = kind
        self.payload = payload
        self.deliveries = deliveries
    }
}

/// Where an event goes: a shell command or a webhook URL.
public struct DeliveryTarget: Sendable, Equatable, Hashable {
    public var channel: DeliveryChannel
    /// The command line (`on_change`) or the URL (`webhook`).
    public var target: String

    public init(channel: DeliveryChannel, target: String) {
        self.channel = channel
        self.target = target
    }
}

/// The two ways an event leaves Pith besides the report.
public enum DeliveryChannel: String, Sendable, Equatable, Hashable {
    case onChange = "on_change"
    case webhook
}

/// An outbox entry: an event not yet delivered to one target.
public struct PendingDelivery: Sendable, Equatable {
    public let id: Int64
    public let eventID: Int64
    public let jobName: String
    public let url: String
    public let destination: DeliveryTarget
    public let payload: String
    /// Failed attempts so far.
    public let attempts: Int
}
