//! The unified registrar interface over all five providers (work in progress: issue 7).
