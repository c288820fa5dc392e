package io.threeds.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The shop's pages and its webhook endpoint, at the root of its server. */
@ApplicationPath("/")
public class ShopApplication extends Application {
}
