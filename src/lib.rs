// The crate's front page is the README. Its screenshot is a reference-style
// image: GitHub resolves it to the file in `docs/`; rustdoc, which cannot
// reach that file, reads the definition given first, here, with the image
// itself inlined (kept fresh by `tests/it/readme.rs`).
#![doc = concat!(
    "[report-first-page]: data:image/png;base64,",
    include_str!("../docs/report-first-page.png.b64"),
    "\n\n",
    include_str!("../README.md")
)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

/// `impl Display` for types that show as their name in files: `Display`
/// writes what `$method` returns (`as_str`, `name`, `code`).
macro_rules! display_as {
    ($method:ident: $($t:ty),+ $(,)?) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.$method())
            }
        }
    )+};
}

pub mod analysis;
pub mod catalogue;
pub mod collection;
pub mod costs;
pub mod data;
pub mod fsio;
pub mod ids;
pub mod indicator;
pub mod ingest;
pub mod locale;
pub mod pipeline;
pub mod progress;
pub mod report;
pub mod sample;
pub mod set;
mod spelling;
pub mod stats;
pub mod tables;
pub mod text;

/// The date and time crate the API's dates come from ([`data::Date`]), for
/// embedders who need more of it than [`data::date`]: its version is then
/// always the one the API uses.
pub use jiff;

pub use catalogue::Catalogue;
pub use ids::{IndicatorId, OrganisationCode, SetId, Version};
pub use indicator::{Indicator, Registry, Score};
pub use set::{ReferenceSet, ScaleItem, SetSource};
pub use text::{Lang, LocalizedText};
