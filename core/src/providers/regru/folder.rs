//! folder functions (regru-api-2.txt §12): one row per function.

use super::spec::{FOLDER_ID, LIST_ID};
use super::spec::{Kind::*, Spec, f};

functions! {
    /// Testing, check availability of a folder.
    FolderNop = "folder/nop", "12.1", "testing, check availability of a folder", "Everyone", Safe,
        Spec::new(&[])
        .groups(&[FOLDER_ID]) => FolderRef;
    /// Create a folder.
    FolderCreate = "folder/create", "12.2", "create a folder", "Everyone", Idempotent,
        Spec::new(&[])
        .groups(&[FOLDER_ID])
        .one_of(&[&["folder_name"]]);
    /// Delete a folder.
    FolderRemove = "folder/remove", "12.3", "delete a folder", "Everyone", Idempotent,
        Spec::new(&[])
        .groups(&[FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"]]);
    /// Rename a folder.
    FolderRename = "folder/rename", "12.4", "rename a folder", "Everyone", Idempotent,
        Spec::new(&[
            f("new_folder_name", Text, "This field defines the new folder name."),
        ])
        .groups(&[FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"], &["new_folder_name"]]) => FolderServices;
    /// Get the list of services in the folder.
    FolderGetServices = "folder/get_services", "12.5", "get the list of services in the folder", "Everyone", Safe,
        Spec::new(&[])
        .groups(&[FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"]]) => FolderServices;
    /// Add a service into the folder.
    FolderAddServices = "folder/add_services", "12.6", "add a service into the folder", "Everyone", Idempotent,
        Spec::new(&[
            f("return_folder_contents", Flag, "If this parameter is set to “1”, the response will include the list of services available in the folder to which the function will be applied."),
        ])
        .groups(&[LIST_ID, FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"], &["services"]]) => FolderServices;
    /// Remove a service from the folder.
    FolderRemoveServices = "folder/remove_services", "12.7", "remove a service from the folder", "Everyone", Idempotent,
        Spec::new(&[
            f("return_folder_contents", Flag, "If this parameter is set to “1”, the response will include the list of services available in the folder to which the function will be applied."),
        ])
        .groups(&[LIST_ID, FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"], &["services"]]) => FolderServices;
    /// Rewrite a service in the folder.
    FolderReplaceServices = "folder/replace_services", "12.8", "rewrite a service in the folder", "Everyone", Idempotent,
        Spec::new(&[
            f("return_folder_contents", Flag, "If this parameter is set to “1”, the response will include the list of services available in the folder to which the function will be applied."),
        ])
        .groups(&[LIST_ID, FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"], &["services"]]) => FolderServices;
    /// Transfer a service from one folder to another one.
    FolderMoveServices = "folder/move_services", "12.9", "transfer a service from one folder to another one", "Everyone", Idempotent,
        Spec::new(&[
            f("return_folder_contents", Flag, "If this parameter is set to “1”, the response will include the list of services available in the folder to which the function will be applied."),
            f("new_folder_name", Text, ""),
            f("new_folder_id", Int, ""),
        ])
        .groups(&[LIST_ID, FOLDER_ID])
        .one_of(&[&["folder_id", "folder_name"], &["new_folder_id", "new_folder_name"], &["services"]]) => FolderServices;
}
