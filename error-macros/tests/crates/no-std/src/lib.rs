//! A user crate at its strictest: `#![no_std]` with no `alloc`, every
//! warning, `missing_docs` and `clippy::pedantic` denied. CI builds it under
//! `cargo clippy --workspace`, so any lint the generated code raises fails
//! the build; its tests exercise every generated item.

#![no_std]
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]

use error_macros::ErrorCodes;

/// A firmware's error codes: a `u8` code type, several reasons, sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCodes)]
#[repr(u8)]
#[error_codes(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FirmwareError {
    /// The sensor did not answer.
    #[code(1, "Sensor offline", "Sensor bus stuck", category = "Hardware")]
    SensorOffline,
    /// A frame failed its checksum.
    #[code(2, "Checksum mismatch", category = "Protocol")]
    BadFrame,
    /// Reserved for codes from newer firmware.
    #[code(255, name = "UNKNOWN_ERROR")]
    Unknown,
}

/// A band of codes that is one error, the detail in its low byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCodes)]
#[repr(u16)]
pub enum LinkError {
    /// The link went down.
    #[code(1, "Link down")]
    Down,
    /// The radio failed; the low byte says how.
    #[code(0x0100..=0x01ff, "Radio failure", category = "Hardware")]
    Radio(u16),
}

/// Codes on an enum whose variants carry data, `Display` written by hand.
#[derive(Debug, ErrorCodes)]
#[error_codes(display = false)]
pub enum Fault<'a> {
    /// A register held an unexpected value.
    #[code(-2, "Unexpected register value")]
    Register {
        /// The register's address.
        address: u16,
    },
    /// A named component failed.
    #[code(-3)]
    Component(&'a str),
}

impl core::fmt::Display for Fault<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Fault::Register { address } => write!(f, "register {address:#06x}"),
            Fault::Component(name) => write!(f, "component {name} failed"),
        }
    }
}

impl core::error::Error for Fault<'_> {}

/// Messages with values, in a crate without `alloc`: `Display` writes
/// them with `core::write!`.
#[derive(Debug, Clone, Copy, PartialEq, ErrorCodes)]
#[repr(u16)]
pub enum SensorError {
    /// Too hot.
    #[code(1, "Sensor {sensor} reads {celsius} degrees, over {limit}")]
    TooHot {
        /// Which sensor.
        sensor: u8,
        /// What it reads.
        celsius: f32,
        /// The most it may read.
        limit: i16,
    },
    /// Gone.
    #[code(2, "Sensor {0} is gone")]
    Gone(char),
}

/// An enum with no variant yet.
#[derive(Debug, ErrorCodes)]
pub enum Reserved {}

/// Reasons taken from the doc comments, an `i8` code type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(i8)]
#[error_codes(doc_reasons, rename_all = "kebab-case")]
pub enum BootError {
    /// The bootloader found
    /// no image.
    ///
    /// Not a reason: only the first paragraph counts.
    #[code(-1)]
    NoImage,
    /// Not a reason either: the explicit one wins.
    #[code(-2, "Image signature invalid")]
    BadSignature,
}

/// Register addresses from a vendor header, as a `-sys` crate binds them.
pub mod regs {
    /// The status register.
    pub const STATUS: u16 = 0x10;
    /// The control register.
    pub const CONTROL: u16 = 0x20;
}

/// Every form of the attribute at once: codes from constants and a
/// constant expression, an alias, alternatives, reserved codes and names,
/// a deprecated variant, a catch-all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
#[error_codes(reserved = [0x30, 0x40..=0x4F, "LEGACY"])]
pub enum BusError {
    /// The status register reported an error.
    #[code(regs::STATUS, "Status error", alias = "STATUS_ERR")]
    Status,
    /// The control register refused a write.
    #[code((regs::CONTROL | 1), "Control refused", alternatives = [0x22, 0x23])]
    Control,
    /// Superseded by `Status`.
    #[deprecated(note = "read `Status` instead")]
    #[code(0x11)]
    OldStatus,
    /// A code this firmware does not know.
    #[code(catch_all, "Unknown bus error")]
    Other(u16),
}

// Every generated error type is a `core::error::Error`, without `std`.
const _: fn() = || {
    fn is_error<E: core::error::Error>() {}
    is_error::<FirmwareError>();
    is_error::<FirmwareErrorFromCodeError>();
    is_error::<FirmwareErrorFromNameError>();
    is_error::<Fault<'static>>();
};

/// The per-variant answers, in a `const` context too.
pub const ANSWERS: (&str, &[&str], Option<&str>, &str, i32) = (
    FirmwareError::BadFrame.description(),
    BootError::NoImage.reasons(),
    FirmwareError::SensorOffline.category(),
    BootError::BadSignature.name(),
    Fault::Register { address: 0 }.code(),
);

/// Every lookup of the generated API, in a `const` context.
pub const LOOKUPS: (Option<FirmwareError>, Option<FirmwareError>, usize, u8) = (
    FirmwareError::from_code(2),
    FirmwareError::from_name("SENSOR_OFFLINE"),
    FirmwareError::COUNT,
    FirmwareError::Unknown.code(),
);

#[cfg(test)]
mod tests {
    extern crate std;

    use super::{
        ANSWERS, BootError, BusError, Fault, FirmwareError, LOOKUPS, LinkError, Reserved,
        SensorError,
    };
    use core::error::Error;
    use std::string::ToString;

    #[test]
    fn the_whole_api() {
        assert_eq!(
            LOOKUPS,
            (
                Some(FirmwareError::BadFrame),
                Some(FirmwareError::SensorOffline),
                3,
                255
            )
        );
        let error = FirmwareError::SensorOffline;
        assert_eq!(error.name(), "SENSOR_OFFLINE");
        assert_eq!(error.reasons(), ["Sensor offline", "Sensor bus stuck"]);
        assert_eq!(error.description(), "Sensor offline; Sensor bus stuck");
        assert_eq!(error.category(), Some("Hardware"));
        assert_eq!(FirmwareError::Unknown.description(), "UNKNOWN_ERROR");
        assert_eq!(FirmwareError::ALL.len(), 3);
        assert_eq!(u8::from(FirmwareError::BadFrame), 2);
        assert_eq!(FirmwareError::try_from(2), Ok(FirmwareError::BadFrame));
        assert_eq!(
            FirmwareError::try_from(9).unwrap_err().to_string(),
            "no variant of FirmwareError has code 9"
        );
        assert_eq!("BAD_FRAME".parse(), Ok(FirmwareError::BadFrame));
        assert_eq!(error.to_string(), "Sensor offline; Sensor bus stuck");

        let fault = Fault::Register { address: 0x10 };
        assert_eq!((fault.code(), fault.name()), (-2, "Register"));
        assert_eq!(fault.to_string(), "register 0x0010");
        assert_eq!(Fault::Component("fan").description(), "Component");
        assert_eq!(Fault::Component("fan").reasons(), [] as [&str; 0]);
        assert_eq!(Fault::Register { address: 1 }.category(), None);
        assert_eq!(i32::from(Fault::Component("fan")), -3);
        assert_eq!(Reserved::COUNT, 0);
        assert!(Reserved::ALL.is_empty());
        assert_eq!(
            Reserved::from_code(0).map(|never| match never {}),
            None::<()>
        );
    }

    #[test]
    fn a_range_variant_keeps_its_code() {
        assert_eq!(LinkError::from_code(0x0142), Some(LinkError::Radio(0x0142)));
        assert_eq!(LinkError::Radio(0x0142).code(), 0x0142);
        assert_eq!(
            LinkError::Radio(0x0142).to_string(),
            "Radio failure (code 322)"
        );
        assert_eq!(LinkError::try_from(0x0200).unwrap_err().code(), 0x0200);
        assert_eq!(LinkError::ALL, [LinkError::Down]);
    }

    #[test]
    fn every_form_of_the_attribute() {
        assert_eq!(BusError::from_code(0x10), BusError::Status);
        assert_eq!(BusError::from_code(0x23), BusError::Control);
        assert_eq!(BusError::Control.code(), 0x21);
        assert_eq!(BusError::from_code(0x99), BusError::Other(0x99));
        assert_eq!(BusError::from(0x99).code(), 0x99);
        assert_eq!(BusError::from_name("STATUS_ERR"), Some(BusError::Status));
        assert_eq!(BusError::Other(7).to_string(), "Unknown bus error (code 7)");
        assert_eq!(BusError::COUNT, 3);
    }

    #[test]
    fn the_error_types() {
        let code_error = FirmwareError::try_from(9).unwrap_err();
        assert_eq!(code_error.code(), 9);
        let name_error = "NOPE".parse::<FirmwareError>().unwrap_err();
        assert_eq!(
            name_error.to_string(),
            "no variant of FirmwareError has that name"
        );
        let errors: [&dyn Error; 3] = [&FirmwareError::BadFrame, &code_error, &name_error];
        assert!(errors.iter().all(|error| error.source().is_none()));
        assert_eq!(errors[0].to_string(), "Checksum mismatch");
    }

    #[test]
    fn doc_reasons() {
        assert_eq!(
            ANSWERS,
            (
                "Checksum mismatch",
                &["The bootloader found no image."][..],
                Some("Hardware"),
                "bad-signature",
                -2
            )
        );
        assert_eq!(BootError::NoImage.code(), -1i8);
        assert_eq!(
            BootError::BadSignature.reasons(),
            ["Image signature invalid"]
        );
        assert_eq!(
            BootError::NoImage.to_string(),
            "The bootloader found no image."
        );
    }

    #[test]
    fn messages_with_values() {
        let hot = SensorError::TooHot {
            sensor: 3,
            celsius: 91.5,
            limit: 90,
        };
        assert_eq!(hot.to_string(), "Sensor 3 reads 91.5 degrees, over 90");
        assert_eq!(
            hot.description(),
            "Sensor {sensor} reads {celsius} degrees, over {limit}"
        );
        assert_eq!(SensorError::Gone('x').to_string(), "Sensor x is gone");
    }
}
