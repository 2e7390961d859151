//! Indicators defined entirely by a definition file.

use super::value::{parse_binary, parse_integer, parse_number};
use super::{Expected, Indicator, Score, ScoreError};
use crate::catalogue::{Direction, IndicatorDefinition, Measure};

/// An indicator scored from its definition alone: the bundled indicators and
/// any loaded from JSON are of this kind.
#[derive(Debug, Clone)]
pub struct DeclarativeIndicator {
    definition: IndicatorDefinition,
}

impl DeclarativeIndicator {
    /// Wraps a definition.
    pub fn new(definition: IndicatorDefinition) -> Self {
        DeclarativeIndicator { definition }
    }

    fn reject(&self, raw: &str, expected: Expected) -> ScoreError {
        ScoreError { indicator: self.definition.id.clone(), value: raw.to_string(), expected }
    }
}

impl Indicator for DeclarativeIndicator {
    fn definition(&self) -> &IndicatorDefinition {
        &self.definition
    }

    fn score(&self, raw: &str) -> Result<Option<Score>, ScoreError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Ok(None);
        }
        let lower_better = self.definition.direction == Direction::LowerIsBetter;
        let score = match &self.definition.measure {
            Measure::Binary { .. } => {
                let yes = parse_binary(trimmed).ok_or_else(|| self.reject(raw, Expected::YesNo))?;
                Score { value: if yes { 1.0 } else { 0.0 }, positive: Some(yes) }
            }
            Measure::Ordinal { min, max, positive_threshold, .. } => {
                let v = parse_integer(trimmed)
                    .filter(|v| (*min..=*max).contains(v))
                    .ok_or_else(|| self.reject(raw, Expected::WholeNumber { min: *min, max: Some(*max) }))?;
                Score {
                    value: v as f64,
                    positive: positive_threshold.map(|t| if lower_better { v <= t } else { v >= t }),
                }
            }
            Measure::Categorical { categories } => {
                let cat = categories
                    .iter()
                    .find(|c| c.code == trimmed)
                    .or_else(|| categories.iter().find(|c| c.code.eq_ignore_ascii_case(trimmed)))
                    .ok_or_else(|| {
                        let codes = categories.iter().map(|c| c.code.to_string()).collect();
                        self.reject(raw, Expected::OneOfCodes(codes))
                    })?;
                Score { value: cat.score, positive: Some(cat.positive) }
            }
            Measure::Count { max } => {
                let v = parse_integer(trimmed)
                    .filter(|v| *v >= 0 && max.is_none_or(|m| u64::try_from(*v).is_ok_and(|v| v <= m)))
                    .ok_or_else(|| {
                        let max = max.map(|m| i64::try_from(m).unwrap_or(i64::MAX));
                        self.reject(raw, Expected::WholeNumber { min: 0, max })
                    })?;
                Score { value: v as f64, positive: None }
            }
            Measure::Continuous { unit, min, max } => {
                let v = parse_number(trimmed)
                    .filter(|v| min.is_none_or(|m| *v >= m) && max.is_none_or(|m| *v <= m))
                    .ok_or_else(|| self.reject(raw, Expected::Number { unit: unit.clone(), min: *min, max: *max }))?;
                Score { value: v, positive: None }
            }
        };
        Ok(Some(score))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::IndicatorDefinition;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn def(measure: serde_json::Value, direction: &str) -> Result<IndicatorDefinition, serde_json::Error> {
        let text = serde_json::json!({"fr": "x", "en": "x"});
        serde_json::from_value(serde_json::json!({
            "id": "t.x", "version": "1.0.0", "status": "pilot", "domain": "common",
            "dimension": "housing", "label": text, "definition": text, "question": text,
            "respondent": "beneficiary", "measure": measure, "direction": direction,
            "waves": ["entry", "exit"]
        }))
    }

    /// The score of an answer that must be accepted and not missing.
    fn score(ind: &DeclarativeIndicator, raw: &str) -> Result<Score, Box<dyn std::error::Error>> {
        Ok(ind.score(raw)?.ok_or("a missing answer")?)
    }

    #[test]
    fn ordinal_threshold_follows_direction() -> TestResult {
        let m = serde_json::json!({"type": "ordinal", "min": 1, "max": 5, "positive_threshold": 2});
        let lower = DeclarativeIndicator::new(def(m.clone(), "lower_is_better")?);
        assert_eq!(score(&lower, "2")?.positive, Some(true));
        assert_eq!(score(&lower, "3")?.positive, Some(false));
        let higher = DeclarativeIndicator::new(def(m, "higher_is_better")?);
        assert_eq!(score(&higher, "2")?.positive, Some(true));
        assert_eq!(score(&higher, "1")?.positive, Some(false));
        assert!(higher.score("6").is_err());
        assert!(higher.score("2.5").is_err());
        assert_eq!(higher.score("  ")?, None);
        Ok(())
    }

    #[test]
    fn categorical_uses_category_flags() -> TestResult {
        let m = serde_json::json!({"type": "categorical", "categories": [
            {"code": "street", "score": 0, "positive": false, "label": {"fr": "rue", "en": "street"}},
            {"code": "tenancy", "score": 4, "positive": true, "label": {"fr": "bail", "en": "tenancy"}}
        ]});
        let ind = DeclarativeIndicator::new(def(m, "higher_is_better")?);
        let s = score(&ind, "tenancy")?;
        assert_eq!((s.value, s.positive), (4.0, Some(true)));
        let err = ind.score("castle").unwrap_err();
        assert!(err.to_string().contains("street, tenancy"), "{err}");
        Ok(())
    }

    #[test]
    fn numbers_accept_decimal_commas() -> TestResult {
        let m = serde_json::json!({"type": "continuous", "unit": "EUR", "min": 0});
        let ind = DeclarativeIndicator::new(def(m, "higher_is_better")?);
        assert_eq!(score(&ind, "739,85")?.value, 739.85);
        assert!(ind.score("-1").is_err());
        let c = DeclarativeIndicator::new(def(serde_json::json!({"type": "count"}), "lower_is_better")?);
        assert_eq!(score(&c, "3")?.value, 3.0);
        assert!(c.score("-3").is_err());
        Ok(())
    }
}
