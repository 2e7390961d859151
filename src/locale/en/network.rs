use super::En;
use crate::locale::network::NetworkWords;

impl NetworkWords for En {
    fn refused(&self, file: &str, why: &str) -> String {
        format!("{file} refused: {why}. Nothing was written.")
    }
    fn data_errors(&self) -> String {
        "the data have errors: no aggregate was written (see `impact validate`)".to_string()
    }
    fn no_aggregate(&self, place: &str) -> String {
        format!("no aggregate file (.json) in {place}")
    }
    fn not_a_member(&self, organisation: &str) -> String {
        format!("organisation {organisation} is in no aggregate")
    }
    fn member_label(&self, i: usize) -> String {
        format!("Member {i:04}")
    }
}
