//! Where the full mentions wait while merging decides on their keys: in memory, or
//! spilled to a temporary file so that only the compact keys stay in memory.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

use super::Source;

/// The full mentions, by slot.
pub enum SourceStore {
    Memory(Vec<Source>),
    /// JSON lines in an anonymous temporary file, and where each starts and ends.
    Spill {
        file: BufWriter<File>,
        spans: Vec<(u64, u32)>,
        written: u64,
    },
}

impl SourceStore {
    pub fn memory() -> Self {
        SourceStore::Memory(Vec::new())
    }

    /// A store backed by a temporary file (deleted when the store is dropped).
    pub fn spill() -> io::Result<Self> {
        Ok(SourceStore::Spill {
            file: BufWriter::new(tempfile::tempfile()?),
            spans: Vec::new(),
            written: 0,
        })
    }

    /// Keeps `source`, whose JSON is `json`; returns its slot.
    pub fn put(&mut self, source: Source, json: &[u8]) -> io::Result<usize> {
        match self {
            SourceStore::Memory(v) => {
                v.push(source);
                Ok(v.len() - 1)
            }
            SourceStore::Spill { file, spans, written } => {
                file.write_all(json)?;
                let len = u32::try_from(json.len())
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "event record over 4 GB"))?;
                spans.push((*written, len));
                *written += json.len() as u64;
                Ok(spans.len() - 1)
            }
        }
    }

    /// Makes the store readable (flushes a spill file).
    pub fn seal(self) -> io::Result<SealedStore> {
        Ok(match self {
            SourceStore::Memory(v) => SealedStore::Memory(v.into_iter().map(Some).collect()),
            SourceStore::Spill { file, spans, .. } => {
                let file = file.into_inner().map_err(|e| e.into_error())?;
                SealedStore::Spill { file, spans }
            }
        })
    }
}

/// A store being read back, each mention once.
pub enum SealedStore {
    Memory(Vec<Option<Source>>),
    Spill { file: File, spans: Vec<(u64, u32)> },
}

impl SealedStore {
    /// Takes the mention in `slot` out of the store.
    pub fn take(&mut self, slot: usize) -> io::Result<Source> {
        let missing = || io::Error::new(io::ErrorKind::NotFound, format!("merge store has no slot {slot}"));
        match self {
            SealedStore::Memory(v) => v.get_mut(slot).and_then(Option::take).ok_or_else(missing),
            SealedStore::Spill { file, spans } => {
                let &(offset, len) = spans.get(slot).ok_or_else(missing)?;
                file.seek(SeekFrom::Start(offset))?;
                let mut buf = vec![0; len as usize];
                file.read_exact(&mut buf)?;
                serde_json::from_slice(&buf).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
            }
        }
    }
}
