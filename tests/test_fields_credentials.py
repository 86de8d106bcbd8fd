"""Licences, certificates and registrations a sentence requires (fields/credentials.py), in wording of
several classes and employers, or written here."""

from __future__ import annotations

from specparse.fields.credentials import merge, required_credentials
from specparse.fields.requirements import LicenseItem


def _names(text: str) -> list[str]:
    return [item.name for item in required_credentials(text)]


def test_a_credential_named_before_its_word_in_any_case() -> None:
    assert _names("A State Board Wastewater Operator Grade III certificate is required prior to appointment.") == [
        "State Board Wastewater Operator Grade III certificate"
    ]
    assert _names("An EPA-Approved Universal Technician Certification is required at the time of filing.") == [
        "EPA-Approved Universal Technician Certification"
    ]
    assert _names("A Certified Pharmacy Technician (CPhT) certificate must be held at appointment.") == [
        "Certified Pharmacy Technician (CPhT) certificate"
    ]


def test_a_credential_named_after_it() -> None:
    # All capitals, as some notes are printed; and "for operating a …".
    assert _names("A LICENSE AS A CERTIFIED PLUMBER ISSUED BY THE COUNTY IS REQUIRED FOR ALL POSITIONS.") == [
        "Certified Plumber"
    ]
    assert _names("A valid operator's license for operating a Boom Truck may be required for some positions.") == [
        "Boom Truck"
    ]
    found = required_credentials("Some positions may require registration as a Land Surveyor.")
    assert [(f.name, f.required) for f in found] == [("Land Surveyor", "some")]


def test_not_a_required_credential() -> None:
    assert _names("A Professional Engineer registration is desirable.") == []
    assert _names("A valid Class B driver's license and a valid medical certificate are required.") == []
    assert _names("A Class A license issued by the Department of Motor Vehicles will be required.") == []
    assert _names("Applicants must attach their license. This license is required at filing.") == []
    assert _names("Applicants must list their Certification ID number on the form.") == []


def test_merge_keeps_one_name_per_credential() -> None:
    known = [LicenseItem(name="Certification as an Engineer-In-Training", required="all", text="")]
    more = [
        LicenseItem(name="Engineer-In-Training (EIT) Certificate", required="all", text=""),
        LicenseItem(name="Standard First Aid Certificate", required="all", text=""),
    ]
    assert [item.name for item in merge(known, more)] == [
        "Certification as an Engineer-In-Training",
        "Standard First Aid Certificate",
    ]
