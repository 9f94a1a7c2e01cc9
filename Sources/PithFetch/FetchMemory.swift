import CCurl

/// How the process's allocator treats fetched bodies.
public enum FetchMemory {
    /// Every body is allocated on the fetch thread and freed on another thread, thousands of
    /// times over, at the same few sizes. With glibc's defaults the freed space at the top of a
    /// heap goes back to the kernel (and bodies over 128 KB get a mapping of their own), so the
    /// next bodies fault their pages in again: a raw scrape spent more time in page faults
    /// than in copying bytes. Keeping freed memory for reuse costs no more than the peak,
    /// which the scrape already bounds (transfers in flight plus the workers' queue).
    /// Process-wide, so it is for a command to call, not the library.
    public static func keepFreedMemory() {
        pith_keep_freed_memory(256 << 20, 16 << 20)
    }
}
