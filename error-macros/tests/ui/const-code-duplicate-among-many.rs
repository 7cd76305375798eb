// HRESULTs: the same code numbers in every facility, so that many codes
// share their low bytes and differ in a higher one. A code that another
// variant has is found at its own code, naming both variants, however
// many codes with the same low bytes come between the two; a code three
// variants share is two errors, the literal's at its variant's name; a
// code twice in one variant is harmless.
use error_macros::ErrorCodes;

mod hresult {
    const fn make(facility: u32, code: u32) -> u32 {
        0x8000_0000 | facility << 16 | code
    }

    const NULL: u32 = 0;
    const STORAGE: u32 = 3;
    const ITF: u32 = 4;
    const WIN32: u32 = 7;

    pub const fn from_win32(error: u32) -> u32 {
        make(WIN32, error)
    }

    pub const E_NOTIMPL: u32 = make(NULL, 0x4001);
    pub const E_NOINTERFACE: u32 = make(NULL, 0x4002);
    pub const E_POINTER: u32 = make(NULL, 0x4003);
    pub const E_FAIL: u32 = make(NULL, 0x4005);
    pub const STG_E_INVALIDFUNCTION: u32 = make(STORAGE, 0x0001);
    pub const STG_E_FILENOTFOUND: u32 = make(STORAGE, 0x0002);
    pub const STG_E_ACCESSDENIED: u32 = make(STORAGE, 0x0005);
    pub const STG_E_INVALIDHANDLE: u32 = make(STORAGE, 0x0006);
    pub const STG_E_INSUFFICIENTMEMORY: u32 = make(STORAGE, 0x0008);
    pub const OLE_E_OLEVERB: u32 = make(ITF, 0x0000);
    pub const OLE_E_ADVF: u32 = make(ITF, 0x0001);
    pub const OLE_E_ENUM_NOMORE: u32 = make(ITF, 0x0002);
    pub const OLE_E_NOCONNECTION: u32 = make(ITF, 0x0004);
    pub const OLE_E_NOTRUNNING: u32 = make(ITF, 0x0005);
    pub const E_ACCESSDENIED: u32 = make(WIN32, 0x0005);
    pub const E_HANDLE: u32 = make(WIN32, 0x0006);
    pub const E_OUTOFMEMORY: u32 = make(WIN32, 0x000E);
    pub const E_INVALIDARG: u32 = make(WIN32, 0x0057);
}

#[derive(Debug, ErrorCodes)]
#[repr(u32)]
enum Hresult {
    #[code(hresult::E_ACCESSDENIED)]
    AccessDenied,
    #[code(hresult::E_HANDLE)]
    Handle,
    #[code(hresult::E_OUTOFMEMORY, alternatives = [(hresult::from_win32(14))])]
    OutOfMemory,
    #[code(hresult::E_INVALIDARG)]
    InvalidArg,
    #[code(hresult::E_NOTIMPL)]
    NotImpl,
    #[code(hresult::E_NOINTERFACE)]
    NoInterface,
    #[code(hresult::E_POINTER)]
    Pointer,
    #[code(hresult::E_FAIL)]
    Fail,
    #[code(hresult::STG_E_INVALIDFUNCTION)]
    StgInvalidFunction,
    #[code(hresult::STG_E_FILENOTFOUND)]
    StgFileNotFound,
    #[code(hresult::STG_E_ACCESSDENIED)]
    StgAccessDenied,
    #[code(hresult::STG_E_INVALIDHANDLE)]
    StgInvalidHandle,
    #[code(hresult::STG_E_INSUFFICIENTMEMORY)]
    StgInsufficientMemory,
    #[code(hresult::OLE_E_OLEVERB)]
    OleVerb,
    #[code(hresult::OLE_E_ADVF)]
    OleAdvf,
    #[code(hresult::OLE_E_ENUM_NOMORE)]
    OleEnumNoMore,
    #[code(hresult::OLE_E_NOCONNECTION)]
    OleNoConnection,
    #[code(hresult::OLE_E_NOTRUNNING)]
    OleNotRunning,
    #[code((hresult::from_win32(5)))]
    Win32AccessDenied,
    #[code((hresult::from_win32(6)))]
    Win32InvalidHandle,
    #[code(0x8007_0006)]
    InvalidHandleLiteral,
}

fn main() {}
