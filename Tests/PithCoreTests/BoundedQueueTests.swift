import Foundation
import Synchronization
import Testing

@testable import PithCore

/// The scrape's backpressure: the fetch thread waits while the extraction workers are behind.
@Suite struct BoundedQueueTests {
    @Test func aPushWaitsForRoomAndItemsComeOutInOrder() {
        let queue = BoundedQueue<Int>(capacity: 2)
        queue.push(1)
        queue.push(2)
        let thirdIn = Atomic<Bool>(false)
        let pushed = DispatchSemaphore(value: 0)
        Thread {
            queue.push(3)
            thirdIn.store(true, ordering: .relaxed)
            pushed.signal()
        }.start()
        usleep(100_000)
        let waited = !thirdIn.load(ordering: .relaxed)
        #expect(waited, "the queue is full: the producer waits")
        #expect(queue.pop() == 1)
        #expect(pushed.wait(timeout: .now() + 5) == .success)
        #expect(queue.pop() == 2)
        #expect(queue.pop() == 3)
    }

    @Test func closingLetsConsumersDrainThenStop() {
        let queue = BoundedQueue<Int>(capacity: 8)
        for item in 0..<5 { queue.push(item) }
        queue.close()
        var drained: [Int] = []
        while let item = queue.pop() { drained.append(item) }
        #expect(drained == [0, 1, 2, 3, 4])
    }

    @Test func manyItemsThroughSeveralConsumers() {
        let queue = BoundedQueue<Int>(capacity: 4)
        let total = Atomic<Int>(0)
        let group = DispatchGroup()
        for _ in 0..<3 {
            group.enter()
            Thread {
                while let item = queue.pop() { total.add(item, ordering: .relaxed) }
                group.leave()
            }.start()
        }
        for item in 1...1000 { queue.push(item) }
        queue.close()
        group.wait()
        #expect(total.load(ordering: .relaxed) == 500_500)
    }
}
