//! How the process uses memory: settings for the `chronicle` binary and the benchmarks,
//! which use mimalloc as their global allocator (many small allocations per article:
//! tokens, strings). The library itself never calls [`tune`].

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`): how long freed memory waits before
/// it is returned to the system, in milliseconds; -1 never.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Settings for a process that streams articles with mimalloc, to call first thing in
/// `main`:
///
/// - freed memory is kept instead of being returned to the system after 10 ms: a
///   streaming run frees and reallocates about the same memory for every chunk of
///   articles, and each return came back as fresh pages the kernel had to zero again
///   (page faults on 20 MB: 694 -> 390);
/// - transparent huge pages are turned off for the process (Linux): with the common
///   `always` setting the kernel backs fresh allocator memory with 2 MB pages and zeroes
///   each whole page on first touch though an article touches little of it: `clear_page`
///   was 7-10% of a streaming run's time, and is gone with 4 kB pages (the same as
///   `MIMALLOC_ALLOW_THP=0`, which mimalloc reads only before `main`).
///
/// Peak memory does not grow: 48 MB on one core for the 52 MB benchmark (was 71 MB).
pub fn tune() {
    // SAFETY: sets a plain integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments only and changes
        // only this process's paging; a failure (an old kernel) changes nothing.
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}
