//! The `chronicle` command: a thin layer over the library.

/// Many small allocations (tokens, strings) per article: mimalloc is markedly faster here
/// than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`): how long freed memory waits before
/// it is returned to the system, in milliseconds; -1 never.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // Keep freed memory instead of returning it to the system. A streaming run frees and
    // reallocates about the same memory for every chunk of articles; returned, it came
    // back as fresh pages the kernel zeroes (transparent huge pages: 2 MB per fault),
    // 7% of a run's time. Peak memory is unchanged; it is just not handed back early.
    // SAFETY: sets a plain integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    no_transparent_huge_pages();
    std::process::exit(chronicle_cli::run());
}

/// Turns transparent huge pages off for this process (Linux; elsewhere nothing). With the
/// common `always` setting the kernel backs the allocator's fresh memory with 2 MB pages
/// and zeroes each whole page on first touch, though an article touches little of it:
/// `clear_page` was 7-8% of a streaming run's time (none with 4 kB pages). The same as
/// running with `MIMALLOC_ALLOW_THP=0`, which mimalloc reads only before `main`.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments only and changes
        // only this process's paging; a failure (an old kernel) changes nothing.
        let _ = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

#[path = "cli/mod.rs"]
mod chronicle_cli;
