use error_macros::ErrorCodes;

#[derive(Debug, ErrorCodes)]
#[repr(u64)]
enum Quic {
    #[code(0x0100..=0x01ff, "The cryptographic handshake failed")]
    Crypto,
}

fn main() {}
